package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    private final Json json = new Json();

    private Money amountOf(String body) {
        return json.readBody(body).money("amount");
    }

    @Test
    void integralAndDecimalAmountsAreRead() {
        assertThat(amountOf("{\"amount\":100}")).isEqualTo(Money.dollars(100));
        assertThat(amountOf("{\"amount\":100.0}")).isEqualTo(Money.dollars(100));
        assertThat(amountOf("{\"amount\":100.00}")).isEqualTo(Money.dollars(100));
        assertThat(amountOf("{\"amount\":52.5}")).isEqualTo(Money.ofCents(5250));
        assertThat(amountOf("{\"amount\":0.01}")).isEqualTo(Money.ofCents(1));
        assertThat(amountOf("{\"amount\":1e2}")).isEqualTo(Money.dollars(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"amount\":100.001}",
        "{\"amount\":-5}",
        "{\"amount\":0}",
        "{\"amount\":0.00}",
        "{\"amount\":\"100\"}",
        "{\"amount\":1e400}",
        "{\"amount\":1e-400}",
        "{\"amount\":123456789012345678901234567890}",
        "{\"amount\":null}",
        "{\"amount\":true}",
        "{\"amount\":{}}",
        "{\"amount\":[100]}",
        "{}",
        "",
        "{\"other\":100}"
    })
    void anythingButAPositiveNumberWithTwoDecimalsIsRefusedNamingTheField(String body) {
        assertThatThrownBy(() -> amountOf(body))
                .isInstanceOfSatisfying(ValidationFailed.class, refusal ->
                        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("amount"));
    }

    @Test
    void malformedJsonIsInvalidJsonBody() {
        for (String body : new String[] {"{", "{\"amount\":}", "amount=100", "{\"amount\":100} trailing",
                "{\"amount\":10,\"amount\":10000}", "{\"amount\":100} {\"amount\":5}"}) {
            assertThatThrownBy(() -> json.readBody(body))
                    .isInstanceOfSatisfying(ValidationFailed.class, refusal -> {
                        assertThat(refusal).hasMessage("Invalid JSON body");
                        assertThat(refusal.errors()).isEmpty();
                    });
        }
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> json.readBody("[1,2]")).isInstanceOf(ValidationFailed.class)
                .hasMessage("Request body must be a JSON object");
        assertThatThrownBy(() -> json.readBody("100")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void anEmptyBodyOrJsonNullIsAnEmptyObject() {
        assertThat(json.readBody("").text("reason")).isNull();
        assertThat(json.readBody("  ").text("reason")).isNull();
        assertThat(json.readBody("null").text("reason")).isNull();
    }

    @Test
    void textIsReadAsIsAndOtherTypesAreRefusedByName() {
        RequestBody body = json.readBody("{\"title\":\"Build app\",\"reason\":null,\"timeline\":14}");

        assertThat(body.text("title")).isEqualTo("Build app");
        assertThat(body.text("reason")).isNull();
        assertThat(body.text("missing")).isNull();
        assertThatThrownBy(() -> body.text("timeline"))
                .isInstanceOfSatisfying(ValidationFailed.class, refusal ->
                        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("timeline"));
    }
}
