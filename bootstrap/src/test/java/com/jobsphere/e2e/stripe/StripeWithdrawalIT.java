package com.jobsphere.e2e.stripe;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Withdrawals with Stripe for real, against a fake Stripe: Connect onboarding, and the transfer an
 * admin's approval makes, which pays the contractor at most once whatever Stripe answers.
 *
 * <p>Stripe is given one second to answer and no retries of its own, so that a lost answer is
 * seen by the service at once and settled by approving again.
 */
class StripeWithdrawalIT {
    private static final int READ_TIMEOUT_MILLIS = 1000;

    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of(
            "STRIPE_READ_TIMEOUT_MILLIS", Integer.toString(READ_TIMEOUT_MILLIS), "STRIPE_MAX_NETWORK_RETRIES", "0"));

    private static Marketplace market;
    private static Api api;
    private static FakeStripe stripe;
    private static StripeSteps steps;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        api = service.api();
        stripe = service.stripe();
        steps = new StripeSteps(service);
    }

    // Onboarding.

    @Test
    void onboardingCreatesTheConnectedAccountOnceAndReusesIt() {
        User contractor = market.contractor();

        Response first = api.post("/api/wallet/stripe/onboard").as(contractor).send().expect(200);
        String firstAccount = steps.lastAccountLink().param("account");
        Response second = api.post("/api/wallet/stripe/onboard").as(contractor).send().expect(200);

        assertThat(steps.lastAccountLink().param("account")).isEqualTo(firstAccount);
        List<FakeStripe.Request> created = accountsCreatedFor(contractor);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).param("email")).isEqualTo(contractor.email());
        assertThat(created.get(0).idempotencyKey()).isNotBlank();
        assertThat(first.text("/onboardingUrl")).startsWith("https://connect.stripe.com/");
        assertThat(second.text("/onboardingUrl")).startsWith("https://connect.stripe.com/");
        FakeStripe.Request link = steps.lastAccountLink();
        assertThat(link.param("type")).isEqualTo("account_onboarding");
        assertThat(link.param("refresh_url")).isNotBlank();
        assertThat(link.param("return_url")).isNotBlank();
    }

    @Test
    void aNewAccountCannotReceivePayoutsUntilStripeSaysSo() {
        User contractor = market.contractor();
        String accountId = steps.startOnboarding(contractor);

        JsonNode before = status(contractor);
        stripe.setAccountStatus(accountId, true, true);
        steps.deliver(StripeSignatures.accountUpdated(accountId, true, true).json()).expect(200);
        JsonNode after = status(contractor);

        assertThat(before.path("isConnected").asBoolean()).isFalse();
        assertThat(before.path("canReceivePayouts").asBoolean()).isFalse();
        assertThat(after.path("isConnected").asBoolean()).isTrue();
        assertThat(after.path("canReceivePayouts").asBoolean()).isTrue();
    }

    @Test
    void theAccountUpdatedEventAloneLetsTheContractorWithdraw() {
        User contractor = steps.contractorWithEarnings();
        String accountId = steps.startOnboarding(contractor);
        assertThat(market.withdraw(contractor, "50").message()).isEqualTo("Stripe Connect account not set up");

        steps.deliver(StripeSignatures.accountUpdated(accountId, true, true).json()).expect(200);

        assertThat(market.withdraw(contractor, "50").status()).isEqualTo(200);
    }

    @Test
    void aContractorWithoutAConnectedAccountCannotWithdraw() {
        User contractor = steps.contractorWithEarnings();

        Response refused = market.withdraw(contractor, "50");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).isEqualTo("Stripe Connect account not set up");
        assertThat(market.balance(contractor)).isEqualTo(dollars("80.00"));
    }

    // Approval and the transfer.

    @Test
    void anApprovedWithdrawalIsTransferredOnceWithAKeyFromTheWithdrawal() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");

        Response approved = market.approveWithdrawal(pending.withdrawalId()).expect(200);

        assertThat(approved.text("/withdrawal/status")).isEqualTo("completed");
        List<FakeStripe.Transfer> transfers = transfersTo(pending.accountId());
        assertThat(transfers).hasSize(1);
        FakeStripe.Transfer transfer = transfers.get(0);
        assertThat(transfer.amountCents()).isEqualTo(5000);
        assertThat(transfer.currency()).isEqualTo("usd");
        assertThat(transfer.idempotencyKey()).contains(pending.withdrawalId());
        assertThat(approved.text("/withdrawal/stripeTransferId")).isEqualTo(transfer.id());
        Response wallet = market.wallet(pending.contractor());
        assertThat(wallet.text()).contains("\"balance\":30.00").contains("\"totalWithdrawals\":50.00");
    }

    @Test
    void aTransferStripeRefusesFailsTheWithdrawalAndReturnsTheFunds() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");
        stripe.refuseNextTransfer();

        Response refused = market.approveWithdrawal(pending.withdrawalId());

        assertThat(refused.status()).as("a refused transfer is not a success: %s", refused).isEqualTo(400);
        assertThat(withdrawalStatus(pending.withdrawalId())).isEqualTo("failed");
        assertThat(transfersTo(pending.accountId())).isEmpty();
        Response wallet = market.wallet(pending.contractor());
        assertThat(wallet.text()).contains("\"balance\":80.00").contains("\"totalWithdrawals\":0.00");
        assertThat(market.approveWithdrawal(pending.withdrawalId()).status()).isEqualTo(400);
        assertThat(transfersTo(pending.accountId())).isEmpty();
    }

    @Test
    void aTransferWhoseAnswerIsLostIsSettledByApprovingAgainAndPaysOnce() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");
        stripe.timeOutNextRequest(Duration.ofMillis(READ_TIMEOUT_MILLIS * 3L));

        Response unknown = market.approveWithdrawal(pending.withdrawalId());

        assertThat(unknown.status()).as("%s", unknown).isEqualTo(502);
        assertThat(unknown.message()).isEqualTo("Payment provider unavailable, please try again");
        assertThat(unknown.json().path("data").isNull()).isTrue();
        assertThat(unknown.text()).doesNotContain("Exception").doesNotContain("stripe.com").doesNotContain("timed out");
        assertThat(withdrawalStatus(pending.withdrawalId())).isEqualTo("processing");
        assertThat(market.balance(pending.contractor())).isEqualTo(dollars("30.00"));

        Response retried = market.approveWithdrawal(pending.withdrawalId());

        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.text("/withdrawal/status")).isEqualTo("completed");
        assertThat(transfersTo(pending.accountId())).hasSize(1);
        assertThat(stripe.requests("POST", "/v1/transfers").stream()
                .filter(request -> pending.accountId().equals(request.param("destination")))
                .map(FakeStripe.Request::idempotencyKey).distinct()).hasSize(1);
        assertThat(Amounts.of(market.wallet(pending.contractor()).data().path("totalWithdrawals")))
                .isEqualTo(dollars("50.00"));
    }

    @Test
    void aStripeErrorOnApprovalIsA502AndTheRetryPaysOnce() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");
        stripe.failNextRequest();

        Response failed = market.approveWithdrawal(pending.withdrawalId());

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.message()).isEqualTo("Payment provider unavailable, please try again");
        assertThat(failed.errors().isArray()).isTrue();
        assertThat(market.approveWithdrawal(pending.withdrawalId()).status()).isEqualTo(200);
        assertThat(transfersTo(pending.accountId())).hasSize(1);
    }

    @Test
    void aRejectedWithdrawalReturnsTheFundsAndSendsNothing() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");

        Response rejected = api.post("/api/admin/withdrawals/" + pending.withdrawalId() + "/reject")
                .as(market.admin()).json(Map.of("reason", "Bank details do not match")).send();

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("/withdrawal/status")).isEqualTo("rejected");
        assertThat(market.balance(pending.contractor())).isEqualTo(dollars("80.00"));
        assertThat(transfersTo(pending.accountId())).isEmpty();
    }

    private static JsonNode status(User contractor) {
        return api.get("/api/wallet/stripe/status").as(contractor).send().expect(200).data();
    }

    private static List<FakeStripe.Request> accountsCreatedFor(User contractor) {
        return stripe.requests("POST", "/v1/accounts").stream()
                .filter(request -> contractor.id().equals(request.param("metadata[userId]"))).toList();
    }

    private static List<FakeStripe.Transfer> transfersTo(String accountId) {
        return stripe.transfers().stream().filter(transfer -> accountId.equals(transfer.destination())).toList();
    }

    private static String withdrawalStatus(String withdrawalId) {
        JsonNode withdrawals = api.get("/api/admin/withdrawals?limit=100").as(market.admin()).send().expect(200)
                .data().path("withdrawals");
        for (JsonNode withdrawal : withdrawals) {
            if (withdrawal.path("_id").asText().equals(withdrawalId)) {
                return withdrawal.path("status").asText();
            }
        }
        throw new AssertionError("withdrawal " + withdrawalId + " not listed: " + withdrawals);
    }
}
