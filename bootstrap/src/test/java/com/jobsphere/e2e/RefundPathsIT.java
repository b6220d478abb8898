package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way an offer or a job ends early, and what the customer gets back: nothing while the offer is
 * pending, the whole 105.00 once it sits in escrow.
 */
class RefundPathsIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static Marketplace market;
    private static Api api;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        api = service.api();
    }

    @Test
    void rejectingAPendingOfferRefundsNothingAndReopensTheApplication() {
        User customer = fundedCustomer("105");
        Deal deal = market.offered(customer, market.contractor(), "100");

        Response rejected = reject(deal, "Timeline is too short for this project").expect(200);

        assertThat(rejected.text()).contains("\"refundAmount\":0.00");
        assertThat(rejected.text("/offer/status")).isEqualTo("rejected");
        assertThat(rejected.text("/offer/rejectionReason")).isEqualTo("Timeline is too short for this project");
        assertThat(rejected.text("/offer/rejectedAt")).isNotEmpty();
        assertThat(applicationStatuses(customer, deal.jobId())).containsEntry(deal.applicationId(), "pending");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
    }

    @Test
    void rejectingAnAcceptedOfferRefunds105ReopensTheJobAndAllowsANewOffer() {
        User customer = fundedCustomer("105");
        User other = market.contractor();
        Deal deal = market.offered(customer, market.contractor(), "100");
        String otherApplicationId = market.apply(other, deal.jobId());
        market.accept(deal.contractor(), deal.offerId()).expect(200);
        assertThat(applicationStatuses(customer, deal.jobId())).containsEntry(otherApplicationId, "rejected");

        Response rejected = reject(deal, null).expect(200);

        assertThat(rejected.text()).contains("\"refundAmount\":105.00");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
        JsonNode job = market.job(customer, deal.jobId()).expect(200).data();
        assertThat(job.path("status").asText()).isEqualTo("open");
        assertThat(job.path("contractorId").isNull()).as("contractorId cleared: %s", job).isTrue();
        assertThat(job.path("offerId").isNull()).as("offerId cleared: %s", job).isTrue();
        assertThat(applicationStatuses(customer, deal.jobId()))
                .containsEntry(deal.applicationId(), "pending").containsEntry(otherApplicationId, "pending");
        assertThat(market.sendOffer(customer, otherApplicationId, "100").status()).isEqualTo(201);
        assertRefundRecorded(customer, "105.00");
    }

    @Test
    void cancellingAnAssignedJobRefunds105AndCancelsTheOffer() {
        User customer = fundedCustomer("105");
        Deal deal = market.assigned(customer, market.contractor(), "100");
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));

        Response cancelled = cancel(customer, deal, "Project requirements changed").expect(200);

        assertThat(cancelled.text()).contains("\"refundAmount\":105.00");
        assertThat(cancelled.text("/job/status")).isEqualTo("cancelled");
        assertThat(cancelled.text("/job/cancellationReason")).isEqualTo("Project requirements changed");
        assertThat(cancelled.text("/job/cancelledAt")).isNotEmpty();
        assertThat(offerStatus(customer, deal)).isEqualTo("cancelled");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
        assertThat(Amounts.of(market.wallet(customer).data().path("totalSpent"))).isEqualTo(dollars("0.00"));
    }

    @Test
    void cancellingAJobInProgressRefunds105() {
        User customer = fundedCustomer("105");
        Deal deal = market.inProgress(customer, market.contractor(), "100");

        Response cancelled = cancel(customer, deal, null).expect(200);

        assertThat(cancelled.text()).contains("\"refundAmount\":105.00");
        assertThat(cancelled.text("/job/status")).isEqualTo("cancelled");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
    }

    @Test
    void cancellingAJobInProgressWithAPendingCompletionRequestClosesTheRequest() {
        User customer = fundedCustomer("105");
        Deal deal = market.inProgress(customer, market.contractor(), "100");
        String requestId = api.post("/api/job/" + deal.jobId() + "/complete").as(customer).send().expect(200)
                .text("/completionRequest/_id");

        cancel(customer, deal, null).expect(200);

        JsonNode pending = api.get("/api/admin/completion-requests?status=pending").as(market.admin()).send()
                .expect(200).data().path("completionRequests");
        assertThat(pending.findValuesAsText("_id")).doesNotContain(requestId);
        assertThat(api.post("/api/admin/completion-requests/" + requestId + "/approve").as(market.admin()).send()
                .status()).isEqualTo(400);
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
    }

    @Test
    void cancellingAnOpenJobWithAPendingOfferRefundsNothingAndCancelsTheOffer() {
        User customer = fundedCustomer("105");
        Deal deal = market.offered(customer, market.contractor(), "100");

        Response cancelled = cancel(customer, deal, null).expect(200);

        assertThat(cancelled.text()).contains("\"refundAmount\":0.00");
        assertThat(cancelled.text("/job/status")).isEqualTo("cancelled");
        assertThat(offerStatus(customer, deal)).isEqualTo("cancelled");
        assertThat(applicationStatuses(customer, deal.jobId())).containsEntry(deal.applicationId(), "rejected");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
        assertThat(market.accept(deal.contractor(), deal.offerId()).status()).isEqualTo(400);
    }

    @Test
    void anAdminCancelsAnAssignedJobAndTheCustomerGets105Back() {
        User customer = fundedCustomer("105");
        Deal deal = market.assigned(customer, market.contractor(), "100");
        BigDecimal platformBefore = market.balance(market.admin());

        Response cancelled = cancel(market.admin(), deal, "Reported by the contractor").expect(200);

        assertThat(cancelled.text()).contains("\"refundAmount\":105.00");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
        assertThat(market.balance(market.admin())).isEqualTo(platformBefore.subtract(dollars("105.00")));
    }

    @Test
    void cancellingThroughTheStatusEndpointRefundsLikeCancel() {
        User customer = fundedCustomer("105");
        Deal deal = market.assigned(customer, market.contractor(), "100");

        Response cancelled = market.changeStatus(customer, deal.jobId(), "cancelled").expect(200);

        assertThat(cancelled.text("/status")).isEqualTo("cancelled");
        assertThat(market.balance(customer)).isEqualTo(dollars("105.00"));
    }

    @Test
    void aCompletedJobCannotBeCancelled() {
        User customer = fundedCustomer("105");
        Deal deal = market.completed(customer, market.contractor(), "100");

        Response refused = cancel(customer, deal, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
        assertThat(market.balance(deal.contractor())).isEqualTo(dollars("80.00"));
    }

    @Test
    void theContractorCannotRejectAnAcceptedOfferOnceTheJobHasStarted() {
        User customer = fundedCustomer("105");
        Deal deal = market.inProgress(customer, market.contractor(), "100");

        Response refused = reject(deal, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
    }

    private User fundedCustomer(String amount) {
        User customer = market.customer();
        market.deposit(customer, amount);
        return customer;
    }

    private static Response reject(Deal deal, String reason) {
        Api.Call call = api.post("/api/job-request/offer/" + deal.offerId() + "/reject").as(deal.contractor());
        return (reason == null ? call : call.json(Map.of("reason", reason))).send();
    }

    private static Response cancel(User by, Deal deal, String reason) {
        Api.Call call = api.post("/api/job/" + deal.jobId() + "/cancel").as(by);
        return (reason == null ? call : call.json(Map.of("reason", reason))).send();
    }

    private static String offerStatus(User viewer, Deal deal) {
        return api.get("/api/job-request/offer/" + deal.offerId()).as(viewer).send().expect(200).text("/status");
    }

    /** Application id → status, as the job's customer sees them. */
    private static Map<String, String> applicationStatuses(User customer, String jobId) {
        Map<String, String> statuses = new HashMap<>();
        api.get("/api/job/" + jobId + "/applications").as(customer).send().expect(200).data().path("applications")
                .forEach(item -> statuses.put(item.path("_id").asText(), item.path("status").asText()));
        return statuses;
    }

    private static void assertRefundRecorded(User customer, String amount) {
        JsonNode refunds = api.get("/api/wallet/transactions?type=refund").as(customer).send().expect(200)
                .data().path("transactions");
        assertThat(refunds).hasSize(1);
        assertThat(Amounts.of(refunds.path(0).path("amount"))).isEqualTo(dollars(amount));
        assertThat(refunds.path(0).path("to").path("_id").asText()).isEqualTo(customer.id());
    }
}
