package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference's happy path with its exact numbers, one step per test, in order, on the development
 * payment gateway: a customer deposits 200, pays 105 into escrow for an offer of 100, the admin approves
 * the completion (80 to the contractor, 25 kept), and the contractor withdraws 50 of the 80.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HappyPathIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private Marketplace market;
    private Api api;
    private User customer;
    private User contractor;
    private String jobId;
    private String offerId;
    private String withdrawalId;

    @BeforeAll
    void signUp() {
        market = service.marketplace();
        api = service.api();
        customer = market.customer();
        contractor = market.contractor();
    }

    @Test
    @Order(1)
    void aDepositOf200PaidOnTheDevelopmentCheckoutPageCreditsTheWallet() {
        Response started = market.startDeposit(customer, "200");
        assertThat(Amounts.of(started.data().path("amount"))).isEqualTo(dollars("200.00"));
        String sessionId = started.text("/sessionId");
        assertThat(URI.create(started.text("/checkoutUrl")).getPath()).isEqualTo("/dev/checkout/" + sessionId);
        Response page = api.get("/dev/checkout/" + sessionId).send().expect(200);
        assertThat(page.text()).contains("no real money moves").contains("action=\"/dev/checkout/" + sessionId + "/pay\"");

        api.post("/dev/checkout/" + sessionId + "/pay").header("Content-Type", "application/x-www-form-urlencoded")
                .send().expect(200);

        Response wallet = market.wallet(customer);
        assertThat(wallet.text()).contains("\"balance\":200.00");
        assertThat(Amounts.of(wallet.data().path("balance"))).isEqualTo(dollars("200.00"));
        assertThat(wallet.data().path("currency").asText()).isEqualTo("USD");
        assertThat(wallet.data().path("isFrozen").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void anOfferOf100QuotesTheReferenceFeesAndDeductsNothingYet() {
        jobId = market.postJob(customer);
        String applicationId = market.apply(contractor, jobId);

        Response sent = market.sendOffer(customer, applicationId, "100").expect(201);

        JsonNode offer = sent.data().path("offer");
        offerId = offer.path("_id").asText();
        assertThat(offer.path("status").asText()).isEqualTo("pending");
        assertThat(offer.path("job").asText()).isEqualTo(jobId);
        assertThat(offer.path("customer").asText()).isEqualTo(customer.id());
        assertThat(offer.path("contractor").asText()).isEqualTo(contractor.id());
        assertThat(offer.path("application").asText()).isEqualTo(applicationId);
        assertFees(offer, "100.00", "5.00", "20.00", "80.00", "105.00");
        assertFees(sent.data().path("commissions"), null, "5.00", "20.00", "80.00", "105.00");
        assertThat(Amounts.of(sent.data().at("/commissions/adminCommission"))).isEqualTo(dollars("25.00"));
        assertThat(sent.text()).contains("\"totalCharge\":105.00").contains("\"adminCommission\":25.00");
        Instant createdAt = Instant.parse(offer.path("createdAt").asText());
        assertThat(Instant.parse(offer.path("expiresAt").asText())).isEqualTo(createdAt.plus(Duration.ofDays(7)));
        assertThat(market.balance(customer)).isEqualTo(dollars("200.00"));
    }

    @Test
    @Order(3)
    void acceptingTheOfferMoves105FromTheCustomerIntoTheAdminWallet() {
        Response accepted = market.accept(contractor, offerId).expect(200);

        assertThat(accepted.text("/offer/status")).isEqualTo("accepted");
        assertThat(accepted.text("/offer/acceptedAt")).isNotEmpty();
        assertThat(accepted.text("/job/status")).isEqualTo("assigned");
        assertThat(accepted.text("/job/contractorId")).isEqualTo(contractor.id());
        assertThat(accepted.text("/job/offerId")).isEqualTo(offerId);
        assertThat(accepted.text("/job/assignedAt")).isNotEmpty();
        JsonNode payment = accepted.data().path("payment");
        assertThat(Amounts.of(payment.path("customerCharged"))).isEqualTo(dollars("105.00"));
        assertThat(Amounts.of(payment.path("contractorWillReceive"))).isEqualTo(dollars("80.00"));
        assertThat(Amounts.of(payment.path("platformCommission"))).isEqualTo(dollars("25.00"));

        Response wallet = market.wallet(customer);
        assertThat(wallet.text()).contains("\"balance\":95.00").contains("\"totalSpent\":105.00");
        assertThat(market.balance(market.admin())).isEqualTo(dollars("105.00"));
        JsonNode transfer = api.get("/api/wallet/transactions?type=wallet_transfer").as(customer).send().expect(200)
                .data().path("transactions").path(0);
        assertThat(transfer.path("description").asText()).isEqualTo("Offer accepted - $105 transferred to admin");
        assertThat(Amounts.of(transfer.path("amount"))).isEqualTo(dollars("105.00"));
    }

    @Test
    @Order(4)
    void theContractorStartsTheJob() {
        Response started = market.changeStatus(contractor, jobId, "in_progress").expect(200);

        assertThat(started.text("/status")).isEqualTo("in_progress");
    }

    @Test
    @Order(5)
    void theCustomerAsksTheAdminToApproveTheCompletion() {
        Response requested = api.post("/api/job/" + jobId + "/complete").as(customer).send().expect(200);

        assertThat(requested.message()).isEqualTo("Job completion request submitted");
        assertThat(requested.text("/completionRequest/status")).isEqualTo("pending");
        assertThat(requested.text("/completionRequest/job")).isEqualTo(jobId);
        assertThat(requested.text("/completionRequest/requestedBy")).isEqualTo(customer.id());
        assertThat(requested.text("/message")).isEqualTo("Admin will review and approve completion");
    }

    @Test
    @Order(6)
    void theAdminApprovesTheCompletionPaying80ToTheContractorAndKeeping25() {
        JsonNode pending = api.get("/api/admin/completion-requests?status=pending").as(market.admin()).send()
                .expect(200).data().path("completionRequests");
        assertThat(pending).hasSize(1);
        String requestId = pending.path(0).path("_id").asText();

        api.post("/api/admin/completion-requests/" + requestId + "/approve").as(market.admin()).send().expect(200);

        Response contractorWallet = market.wallet(contractor);
        assertThat(contractorWallet.text()).contains("\"balance\":80.00").contains("\"totalEarnings\":80.00");
        assertThat(market.wallet(market.admin()).text()).contains("\"balance\":25.00");
        assertThat(market.job(customer, jobId).expect(200).text("/status")).isEqualTo("completed");
    }

    @Test
    @Order(7)
    void theContractorSetsUpPayoutsOnTheDevelopmentConnectPage() {
        Response before = api.get("/api/wallet/stripe/status").as(contractor).send().expect(200);
        assertThat(before.data().path("canReceivePayouts").asBoolean()).isFalse();

        market.onboard(contractor);

        Response after = api.get("/api/wallet/stripe/status").as(contractor).send().expect(200);
        assertThat(after.data().path("isConnected").asBoolean()).isTrue();
        assertThat(after.data().path("canReceivePayouts").asBoolean()).isTrue();
    }

    @Test
    @Order(8)
    void aWithdrawalOf50ReservesTheFundsAtOnce() {
        Response requested = market.withdraw(contractor, "50").expect(200);

        assertThat(requested.message()).isEqualTo("Withdrawal request submitted");
        withdrawalId = requested.text("/withdrawal/_id");
        assertThat(requested.text("/withdrawal/status")).isEqualTo("pending");
        assertThat(requested.text("/withdrawal/user")).isEqualTo(contractor.id());
        assertThat(Amounts.of(requested.data().at("/withdrawal/amount"))).isEqualTo(dollars("50.00"));
        assertThat(market.wallet(contractor).text()).contains("\"balance\":30.00").contains("\"totalWithdrawals\":0.00");
    }

    @Test
    @Order(9)
    void theAdminApprovesTheWithdrawalAndItCompletes() {
        Response approved = market.approveWithdrawal(withdrawalId).expect(200);

        assertThat(approved.text("/withdrawal/status")).isEqualTo("completed");
        Response wallet = market.wallet(contractor);
        assertThat(wallet.text()).contains("\"balance\":30.00").contains("\"totalWithdrawals\":50.00");
        assertThat(Amounts.of(wallet.data().path("totalWithdrawals"))).isEqualTo(dollars("50.00"));
        JsonNode withdrawal = api.get("/api/wallet/transactions?type=withdrawal").as(contractor).send().expect(200)
                .data().path("transactions").path(0);
        assertThat(withdrawal.path("status").asText()).isEqualTo("completed");
        assertThat(market.balance(market.admin())).isEqualTo(dollars("25.00"));
    }

    /** Checks the offer's figures; a null expected value is a field this body does not carry. */
    private static void assertFees(JsonNode body, String amount, String platformFee, String serviceFee,
            String contractorPayout, String totalCharge) {
        if (amount != null) {
            assertThat(Amounts.of(body.path("amount"))).isEqualTo(dollars(amount));
        }
        assertThat(Amounts.of(body.path("platformFee"))).isEqualTo(dollars(platformFee));
        assertThat(Amounts.of(body.path("serviceFee"))).isEqualTo(dollars(serviceFee));
        assertThat(Amounts.of(body.path("contractorPayout"))).isEqualTo(dollars(contractorPayout));
        assertThat(Amounts.of(body.path("totalCharge"))).isEqualTo(dollars(totalCharge));
    }
}
