package com.jobsphere.adapters.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The verifier on a fixed clock, with bodies signed by {@link StripeSignatures}, an implementation of
 * Stripe's scheme that does not share code with stripe-java.
 */
class StripeWebhookVerifierTest {
    private static final String PLATFORM_SECRET = "whsec_platform_secret";
    private static final String CONNECT_SECRET = "whsec_connect_secret";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final WebhookVerifier verifier = verifier(CONNECT_SECRET);

    @Test
    void aValidSignatureYieldsTheCheckoutSessionFields() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).id("evt_1").json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.DepositPaid("evt_1", "cs_test_1", new DepositId("dep_1"), 10_500L));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();

        assertRefused(() -> verifier.verify(body, StripeSignatures.sign(body, "whsec_someone_else", NOW)));
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefused() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();

        assertRefused(() -> verifier.verify(body,
                StripeSignatures.sign(body, PLATFORM_SECRET, NOW.minusSeconds(301))));
    }

    @Test
    void aSignatureJustUnderFiveMinutesOldIsAccepted() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW.minusSeconds(299)));

        assertThat(event).isInstanceOfSatisfying(GatewayEvent.DepositPaid.class,
                paid -> assertThat(paid.sessionId()).isEqualTo("cs_test_1"));
    }

    @Test
    void aTamperedBodyIsRefused() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();
        String signature = StripeSignatures.sign(body, PLATFORM_SECRET, NOW);
        String tampered = body.replace("10500", "99900");

        assertThat(tampered).isNotEqualTo(body);
        assertRefused(() -> verifier.verify(tampered, signature));
    }

    @Test
    void aBodyWithChangedWhitespaceIsRefusedBecauseTheSignatureCoversTheRawBytes() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();
        String signature = StripeSignatures.sign(body, PLATFORM_SECRET, NOW);

        assertRefused(() -> verifier.verify(body + "\n", signature));
    }

    @Test
    void aMissingHeaderIsRefused() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();

        assertRefused(() -> verifier.verify(body, null));
        assertRefused(() -> verifier.verify(body, "  "));
    }

    @Test
    void aMalformedHeaderIsRefusedAsInvalidNotAsAFault() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();
        String valid = StripeSignatures.sign(body, PLATFORM_SECRET, NOW);
        String v1 = valid.substring(valid.indexOf("v1="));

        assertRefused(() -> verifier.verify(body, "garbage"));
        assertRefused(() -> verifier.verify(body, "t=soon," + v1));
        assertRefused(() -> verifier.verify(body, "t," + v1));
        assertRefused(() -> verifier.verify(body, v1));
        assertRefused(() -> verifier.verify(body, "t=" + NOW.getEpochSecond()));
    }

    @Test
    void aSignatureWithTheConnectSecretIsAccepted() {
        String body = StripeSignatures.accountUpdated("acct_1", true, true).json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, CONNECT_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.AccountUpdated(event.eventId(), "acct_1", true, true));
    }

    @Test
    void aSignatureWithTheConnectSecretIsRefusedWhenNoConnectSecretIsConfigured() {
        String body = StripeSignatures.accountUpdated("acct_1", true, true).json();

        assertRefused(() -> verifier(null).verify(body, StripeSignatures.sign(body, CONNECT_SECRET, NOW)));
    }

    @Test
    void oneOfSeveralSignaturesInTheHeaderIsEnough() {
        // Stripe sends two v1 signatures while a secret is being rolled.
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_1", "dep_1", 10_500).json();
        String old = StripeSignatures.sign(body, "whsec_rolled_away", NOW);
        String current = StripeSignatures.sign(body, PLATFORM_SECRET, NOW);
        String header = old + "," + current.substring(current.indexOf("v1="));

        assertThat(verifier.verify(body, header)).isInstanceOf(GatewayEvent.DepositPaid.class);
    }

    @Test
    void anEventInAnotherApiVersionStillYieldsItsFields() {
        String body = StripeSignatures.checkoutSessionAsyncPaymentSucceeded("cs_test_2", "dep_2", 2_000)
                .apiVersion("2020-08-27").id("evt_old").json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.DepositPaid("evt_old", "cs_test_2", new DepositId("dep_2"), 2_000L));
    }

    @Test
    void anExpiredSessionWithoutAnApiVersionIsADepositFailed() {
        String body = StripeSignatures.checkoutSessionExpired("cs_test_3", "dep_3", 1_000).apiVersion(null).id("evt_3")
                .json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.DepositFailed("evt_3", "cs_test_3", new DepositId("dep_3")));
    }

    @Test
    void aCompletedSessionWhosePaymentIsStillOnItsWayIsIgnored() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_6", "dep_6", 1_000).paymentStatus("unpaid")
                .id("evt_6").json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.Ignored("evt_6", "checkout.session.completed"));
    }

    @Test
    void theDepositIdFallsBackToTheMetadataWhenThereIsNoClientReferenceId() {
        String body = StripeSignatures.checkoutSessionAsyncPaymentFailed("cs_test_4", "dep_4", 1_000)
                .clientReferenceId(null).json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isInstanceOfSatisfying(GatewayEvent.DepositFailed.class,
                failed -> assertThat(failed.depositId()).isEqualTo(new DepositId("dep_4")));
    }

    @Test
    void aPaidSessionWithoutAmountTotalCreditsNothingAndIsIgnored() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_5", "dep_5", 1_000)
                .withoutField("amount_total").json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isInstanceOf(GatewayEvent.Ignored.class);
    }

    @Test
    void anAccountUpdatedEventYieldsTheAccountState() {
        String body = StripeSignatures.accountUpdated("acct_9", true, false).id("evt_acct").json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.AccountUpdated("evt_acct", "acct_9", true, false));
    }

    @Test
    void anEventOfAnotherTypeIsIgnoredByItsIdAndType() {
        String body = StripeSignatures.event("plan.created").id("evt_plan").apiVersion("2020-08-27").json();

        GatewayEvent event = verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW));

        assertThat(event).isEqualTo(new GatewayEvent.Ignored("evt_plan", "plan.created"));
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsRefusedNamingTheBody() {
        String body = "{\"object\": \"event\"}";

        assertThatThrownBy(() -> verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW)))
                .isInstanceOf(ValidationFailed.class)
                .extracting(e -> ((ValidationFailed) e).errors().get(0).field())
                .isEqualTo("body");
    }

    @Test
    void aSignedCheckoutEventWithoutItsSessionIsRefusedNamingTheBody() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_6", "dep_6", 1_000).withoutDataObject().json();

        assertThatThrownBy(() -> verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW)))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("data.object");
    }

    @Test
    void aFractionalAmountIsRefusedRatherThanRounded() {
        String body = StripeSignatures.checkoutSessionCompleted("cs_test_7", "dep_7", 1_000).json()
                .replace("\"amount_total\": 1000", "\"amount_total\": 1000.5");

        assertThat(body).contains("1000.5");
        assertThatThrownBy(() -> verifier.verify(body, StripeSignatures.sign(body, PLATFORM_SECRET, NOW)))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("amount_total");
    }

    @Test
    void theSignatureHelperMatchesStripesOwnScheme() throws Exception {
        String body = StripeSignatures.event("plan.created").json();

        assertThat(StripeSignatures.sign(body, PLATFORM_SECRET, NOW)).isEqualTo(
                com.stripe.net.Webhook.Signature.generateSignatureHeader(body, PLATFORM_SECRET, NOW.getEpochSecond()));
    }

    private static WebhookVerifier verifier(String connectSecret) {
        StripeSettings settings = new StripeSettings("sk_test_verifier", PLATFORM_SECRET, connectSecret,
                StripeSettings.DEFAULT_API_BASE, "https://app.test/s", "https://app.test/c", "https://app.test/r",
                "https://app.test/t", 1_000, 1_000, 0);
        return StripeAdapter.create(settings, Clock.fixed(NOW, ZoneOffset.UTC)).webhookVerifier();
    }

    private static void assertRefused(ThrowingCallable verification) {
        assertThatThrownBy(verification)
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(((ValidationFailed) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("Stripe-Signature"));
    }
}
