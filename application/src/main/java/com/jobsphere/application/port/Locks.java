package com.jobsphere.application.port;

import java.util.Optional;

/**
 * Locks that a process holds across several transactions and the calls to the payment provider between them:
 * the key of a request in flight, and the janitor's turn. A lock dies with its holder: it is released by
 * {@link Lock#close()}, and also, by PostgreSQL, when the holding process or its connection dies. It never
 * expires by time, so no live holder loses it to a clock, and no dead one keeps it.
 */
public interface Locks {
    /**
     * Takes the named lock if no one, in this process or another, holds it. Never waits. Throws
     * {@link StoreUnavailable} if the database cannot be reached.
     */
    Optional<Lock> tryLock(String name);

    /** A held lock. */
    interface Lock extends AutoCloseable {
        /** Releases the lock; releasing it twice, or after its connection died, does nothing. */
        @Override
        void close();
    }
}
