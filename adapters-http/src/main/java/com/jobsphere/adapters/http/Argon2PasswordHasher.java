package com.jobsphere.adapters.http;

import com.jobsphere.application.port.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.BadParametersException;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.Objects;

/**
 * Argon2id with OWASP's minimum parameters, set here explicitly rather than from a properties file:
 * 19 MiB of memory, 2 iterations, parallelism 1, a 32-byte hash and a 16-byte random salt. Hashes are
 * PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$...}), and a hash is checked with the parameters it
 * carries, so raising them later keeps old hashes valid.
 */
final class Argon2PasswordHasher implements PasswordHasher {
    static final int MEMORY_KIBIBYTES = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int OUTPUT_BYTES = 32;
    static final int SALT_BYTES = 16;
    private static final String PHC_PREFIX = "$argon2id$";

    private final Argon2Function function = Argon2Function.getInstance(MEMORY_KIBIBYTES, ITERATIONS, PARALLELISM,
            OUTPUT_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    /** A stored value that is not an Argon2id PHC string matches no password. */
    @Override
    public boolean matches(String password, String hash) {
        Objects.requireNonNull(password, "password");
        if (hash == null || !hash.startsWith(PHC_PREFIX)) {
            return false;
        }
        Argon2Function stored;
        try {
            stored = Argon2Function.getInstanceFromHash(hash);
        } catch (BadParametersException malformed) {
            return false;
        }
        return stored.check(password, hash);
    }
}
