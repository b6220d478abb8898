package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.Money;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    @Test
    void refusalsOfTheDomainKeepTheirMessageAndFields() {
        ErrorMapper.Failure failure = ErrorMapper.map(BusinessRuleViolated.insufficientBalance(Money.dollars(105),
                Money.dollars(50)));

        assertThat(failure).isEqualTo(new ErrorMapper.Failure(400, "Insufficient balance",
                List.of(new ErrorEnvelope.Item("amount", "Required: $105, Available: $50"))));
    }

    @Test
    void eachKindOfRefusalHasItsStatus() {
        assertThat(ErrorMapper.map(new ValidationFailed("email", "email is required")).status()).isEqualTo(400);
        assertThat(ErrorMapper.map(new BusinessRuleViolated("Offer is not pending")).status()).isEqualTo(400);
        assertThat(ErrorMapper.map(new Unauthenticated("Invalid access token")).status()).isEqualTo(401);
        assertThat(ErrorMapper.map(new Forbidden("Admin access required")).status()).isEqualTo(403);
        assertThat(ErrorMapper.map(new NotFound("Job")).status()).isEqualTo(404);
        assertThat(ErrorMapper.map(new Conflict("still running")).status()).isEqualTo(409);
    }

    @Test
    void infrastructureFailuresGetFixedMessages() {
        assertThat(ErrorMapper.map(new PaymentGatewayUnavailable("stripe timed out", null)))
                .isEqualTo(new ErrorMapper.Failure(502, "Payment provider unavailable, please try again", List.of()));
        assertThat(ErrorMapper.map(new StoreUnavailable("connection refused", new SQLException("select *"))))
                .isEqualTo(new ErrorMapper.Failure(503, ErrorMapper.STORE_UNAVAILABLE, List.of()));
        assertThat(ErrorMapper.map(new ConcurrentUpdate("serialization failure", null)).status()).isEqualTo(409);
    }

    @Test
    void routingRefusalsAreInTheEnvelopeToo() {
        assertThat(ErrorMapper.map(new NotFoundResponse()).status()).isEqualTo(404);
        assertThat(ErrorMapper.map(new MethodNotAllowedResponse()))
                .isEqualTo(new ErrorMapper.Failure(405, "Method not allowed", List.of()));
        assertThat(ErrorMapper.map(new ContentTooLargeResponse()))
                .isEqualTo(new ErrorMapper.Failure(413, "Request body too large", List.of()));
    }

    @Test
    void anythingElseIsAGeneric500ThatRevealsNothing() {
        for (Exception fault : List.of(new IllegalStateException("com.jobsphere.Secret failed"),
                new NullPointerException(), new RuntimeException(new SQLException("SELECT password FROM users")),
                new JsonParseException(null, "Unexpected character"))) {
            ErrorMapper.Failure failure = ErrorMapper.map(fault);

            assertThat(failure).isEqualTo(new ErrorMapper.Failure(500, "Internal server error", List.of()));
            assertThat(failure.isFault()).isTrue();
        }
    }

    @Test
    void onlyFaultsAreFaults() {
        assertThat(ErrorMapper.map(new ValidationFailed("amount", "amount is required")).isFault()).isFalse();
        assertThat(ErrorMapper.map(new Conflict("still running")).isFault()).isFalse();
        assertThat(ErrorMapper.map(new PaymentGatewayUnavailable("down", null)).isFault()).isTrue();
    }

    @Test
    void faultsAndLostRacesAreTransientSoTheirOutcomeIsNeverReplayed() {
        assertThat(ErrorMapper.isTransient(new ConcurrentUpdate("deadlock", null))).isTrue();
        assertThat(ErrorMapper.isTransient(new StoreUnavailable("down", null))).isTrue();
        assertThat(ErrorMapper.isTransient(new IllegalStateException("bug"))).isTrue();
        assertThat(ErrorMapper.isTransient(new Conflict("still running"))).isFalse();
        assertThat(ErrorMapper.isTransient(new BusinessRuleViolated("Offer is not pending"))).isFalse();
    }
}
