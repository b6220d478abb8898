package com.jobsphere.adapters.postgres;

/**
 * The advisory-lock keys the adapter derives from lock names, for end-to-end tests that take, from a connection
 * of their own, a lock the running service also takes: holding the janitor's turn keeps every instance's janitor
 * out while a test sets up the half-done state it is to settle.
 */
public final class AdvisoryLockKeys {
    private AdvisoryLockKeys() {
    }

    /** The (int, int) key of the session-level lock {@code name}, as {@code pg_advisory_lock(k1, k2)} takes it. */
    public static int[] sessionLock(String name) {
        return LockKeys.twoKeys(name);
    }
}
