package com.jobsphere.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void emailsAreComparedCaseInsensitively() {
        assertThat(new Email(" Ann@Example.COM ")).isEqualTo(new Email("ann@example.com"));
        assertThat(new Email("Ann@Example.COM")).hasToString("ann@example.com");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "ann", "ann@", "@example.com", "ann@example", "a b@example.com", "ann@@example.com"})
    void aMalformedEmailIsRefusedNamingTheEmailField(String value) {
        assertThatThrownBy(() -> new Email(value)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("email"));
    }

    @Test
    void anEmailLongerThan254CharactersIsRefused() {
        String local = "a".repeat(242);

        assertThat(new Email(local + "@example.com").value()).hasSize(254);
        assertThatThrownBy(() -> new Email(local + "a@example.com")).isInstanceOf(ValidationFailed.class);
    }
}
