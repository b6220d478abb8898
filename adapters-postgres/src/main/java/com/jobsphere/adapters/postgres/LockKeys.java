package com.jobsphere.adapters.postgres;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Advisory-lock keys derived from names. PostgreSQL keeps the one-key (bigint) and two-key (int, int) spaces
 * apart, so the transaction-scoped claims of idempotency keys and the session-scoped locks of {@link JdbiLocks}
 * never collide. Two names sharing a key (about one chance in 2^64) would only make one wait for the other.
 */
final class LockKeys {
    private LockKeys() {
    }

    /** A bigint key: the first eight bytes of SHA-256 over the parts, each followed by a NUL. */
    static long oneKey(String... parts) {
        return hash(parts).getLong();
    }

    /** A pair of int keys, the same way. */
    static int[] twoKeys(String... parts) {
        ByteBuffer hash = hash(parts);
        return new int[] {hash.getInt(), hash.getInt()};
    }

    private static ByteBuffer hash(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return ByteBuffer.wrap(digest.digest());
    }
}
