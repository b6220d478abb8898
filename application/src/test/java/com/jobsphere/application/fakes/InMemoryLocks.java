package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Locks;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Locks in memory, with the same never-wait, release-on-close behaviour as the PostgreSQL ones. */
public final class InMemoryLocks implements Locks {
    private final Set<String> held = new HashSet<>();

    @Override
    public synchronized Optional<Lock> tryLock(String name) {
        if (!held.add(name)) {
            return Optional.empty();
        }
        return Optional.of(new Lock() {
            private boolean released;

            @Override
            public void close() {
                synchronized (InMemoryLocks.this) {
                    if (!released) {
                        released = true;
                        held.remove(name);
                    }
                }
            }
        });
    }

    /** Whether someone holds the named lock now. */
    public synchronized boolean isHeld(String name) {
        return held.contains(name);
    }
}
