package com.jobsphere.application.port;

/** A memory-hard password hash. */
public interface PasswordHasher {
    /** A salted hash in a self-describing format. */
    String hash(String password);

    /** True if {@code password} matches {@code hash}; takes similar time whether or not it does. */
    boolean matches(String password, String hash);
}
