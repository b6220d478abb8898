package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.ValidationFailed;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    @Test
    void theRequestHashIsSha256OfMethodPathAndBodySeparatedByNewlines() {
        assertThat(Idempotency.requestHash("POST", "/api/wallet/deposit", "{\"amount\":100}"))
                .matches("[0-9a-f]{64}")
                .isEqualTo(Idempotency.requestHash("POST", "/api/wallet/deposit", "{\"amount\":100}"))
                .isNotEqualTo(Idempotency.requestHash("POST", "/api/wallet/deposit", "{\"amount\":200}"));
        // printf 'POST\n/a\nb' | sha256sum
        assertThat(Idempotency.requestHash("POST", "/a", "b"))
                .isEqualTo("3f692b9abc1506e521223cee14f79c29a22c7c2439158cacfda1e59c99a492d2");
    }

    @Test
    void requestsThatDifferAnywhereHashDifferently() {
        String hash = Idempotency.requestHash("POST", "/a", "b");

        assertThat(Idempotency.requestHash("POST", "/ab", "")).isNotEqualTo(hash);
        assertThat(Idempotency.requestHash("PATCH", "/a", "b")).isNotEqualTo(hash);
        assertThat(Idempotency.requestHash("POST", "/a", "b ")).isNotEqualTo(hash);
    }

    @Test
    void keysUpTo255CharactersAreAccepted() {
        assertThatCode(() -> Idempotency.checkKey("k".repeat(255))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Idempotency.checkKey("k".repeat(256))).isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("Idempotency-Key");
        assertThatThrownBy(() -> Idempotency.checkKey(" ")).isInstanceOf(ValidationFailed.class);
    }
}
