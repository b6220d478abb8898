package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void theHashIsAnArgon2idPhcStringWithTheExplicitParameters() {
        String hash = hasher.hash("SecurePass123");

        assertThat(hash).isNotEqualTo("SecurePass123")
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain("SecurePass123");
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash("SecurePass123");

        assertThat(hasher.matches("SecurePass123", hash)).isTrue();
        assertThat(hasher.matches("SecurePass124", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferByTheirSalt() {
        assertThat(hasher.hash("SecurePass123")).isNotEqualTo(hasher.hash("SecurePass123"));
    }

    @Test
    void aStoredValueThatIsNotAnArgon2idHashMatchesNothing() {
        assertThat(hasher.matches("SecurePass123", "SecurePass123")).isFalse();
        assertThat(hasher.matches("SecurePass123", "$argon2id$garbage")).isFalse();
        assertThat(hasher.matches("SecurePass123", null)).isFalse();
    }
}
