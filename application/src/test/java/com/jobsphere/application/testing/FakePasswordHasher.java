package com.jobsphere.application.testing;

import com.jobsphere.application.port.PasswordHasher;

/** A reversible stand-in for the Argon2 hasher, so use-case tests stay fast. Never used outside tests. */
public final class FakePasswordHasher implements PasswordHasher {
    @Override
    public String hash(String password) {
        return "fake-hash:" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash(password).equals(hash);
    }
}
