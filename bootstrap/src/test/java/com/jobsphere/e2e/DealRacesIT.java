package com.jobsphere.e2e;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inverse pairs of a job's life, each sent at the same moment, many times over (CONTRACT.md §12). Whichever
 * wins, the deal ends in one consistent state and every cent is where that state says. No pair may deadlock:
 * {@link Service} checks, after the class, that no transaction was retried and that PostgreSQL's deadlock
 * counter for the database is still 0.
 */
class DealRacesIT {
    /** Each pair runs this many times, on a fresh deal each time. */
    private static final int ROUNDS = 8;
    private static final BigDecimal TOTAL_CHARGE = dollars("105.00");
    private static final BigDecimal PAYOUT = dollars("80.00");

    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private final Marketplace market = service.marketplace();
    private final Api api = service.api();

    @Test
    void acceptAgainstCancelEndsCancelledWithTheCustomerMadeWhole() {
        for (int round = 0; round < ROUNDS; round++) {
            User customer = funded();
            Deal deal = market.offered(customer, market.contractor(), "100");

            List<Response> answers = together(i -> i == 0 ? market.accept(deal.contractor(), deal.offerId())
                    : cancel(customer, deal.jobId()));

            assertThat(answers.get(1).status()).as("cancel: %s", answers.get(1)).isEqualTo(200);
            Response accept = answers.get(0);
            assertThat(accept.status()).as("accept: %s", accept).isIn(200, 400);
            if (accept.status() == 400) {
                assertThat(accept.message()).isIn("Offer is not pending", "Job is not open");
                assertThat(answers.get(1).data().path("refundAmount").decimalValue()).isEqualByComparingTo("0");
            } else {
                assertThat(answers.get(1).data().path("refundAmount").decimalValue()).isEqualByComparingTo(TOTAL_CHARGE);
            }
            assertThat(jobStatus(customer, deal.jobId())).isEqualTo("cancelled");
            assertThat(offerStatus(customer, deal.offerId())).isEqualTo("cancelled");
            assertThat(market.balance(customer)).as("the customer is whole").isEqualByComparingTo(TOTAL_CHARGE);
            assertThat(market.balance(deal.contractor())).isEqualByComparingTo("0");
        }
    }

    @Test
    void sendOfferAgainstAcceptLetsOneOfferLiveAndTheOtherApplicationEndRejected() {
        for (int round = 0; round < ROUNDS; round++) {
            User customer = funded();
            Deal deal = market.offered(customer, market.contractor(), "100");
            User other = market.contractor();
            String otherApplication = market.apply(other, deal.jobId());

            List<Response> answers = together(i -> i == 0 ? market.accept(deal.contractor(), deal.offerId())
                    : market.sendOffer(customer, otherApplication, "100"));

            assertThat(answers.get(0).status()).as("accept: %s", answers.get(0)).isEqualTo(200);
            Response send = answers.get(1);
            assertThat(send.status()).as("send: %s", send).isEqualTo(400);
            assertThat(send.message()).isIn("An offer has already been sent for this job", "Job is not open");
            assertThat(jobStatus(customer, deal.jobId())).isEqualTo("assigned");
            assertThat(applicationStatuses(customer, deal.jobId()))
                    .containsEntry(deal.applicationId(), "accepted").containsEntry(otherApplication, "rejected");
            assertThat(market.balance(customer)).isEqualByComparingTo("0");
        }
    }

    @Test
    void approveCompletionAgainstCancelPaysTheContractorOrRefundsTheCustomerNeverBoth() {
        for (int round = 0; round < ROUNDS; round++) {
            User customer = funded();
            Deal deal = market.inProgress(customer, market.contractor(), "100");
            String requestId = api.post("/api/job/" + deal.jobId() + "/complete").as(customer).send().expect(200)
                    .text("/completionRequest/_id");

            List<Response> answers = together(i -> i == 0
                    ? api.post("/api/admin/completion-requests/" + requestId + "/approve").as(market.admin()).send()
                    : cancel(customer, deal.jobId()));

            Response approve = answers.get(0);
            Response cancel = answers.get(1);
            if (approve.status() == 200) {
                assertThat(cancel.status()).as("cancel after approval: %s", cancel).isEqualTo(400);
                assertThat(jobStatus(customer, deal.jobId())).isEqualTo("completed");
                assertThat(market.balance(deal.contractor())).isEqualByComparingTo(PAYOUT);
                assertThat(market.balance(customer)).isEqualByComparingTo("0");
            } else {
                assertThat(approve.status()).as("approve after cancellation: %s", approve).isEqualTo(400);
                assertThat(approve.message()).isEqualTo("Completion request is not pending");
                assertThat(cancel.status()).as("cancel: %s", cancel).isEqualTo(200);
                assertThat(jobStatus(customer, deal.jobId())).isEqualTo("cancelled");
                assertThat(market.balance(deal.contractor())).isEqualByComparingTo("0");
                assertThat(market.balance(customer)).isEqualByComparingTo(TOTAL_CHARGE);
            }
        }
    }

    @Test
    void applyAgainstAcceptNeverLeavesAPendingApplicationOnAnAssignedJob() {
        for (int round = 0; round < ROUNDS; round++) {
            User customer = funded();
            Deal deal = market.offered(customer, market.contractor(), "100");
            User late = market.contractor();

            List<Response> answers = together(i -> i == 0 ? market.accept(deal.contractor(), deal.offerId())
                    : api.post("/api/job/" + deal.jobId() + "/apply").as(late)
                            .json(Map.of("message", "I can start today.")).send());

            assertThat(answers.get(0).status()).as("accept: %s", answers.get(0)).isEqualTo(200);
            Response apply = answers.get(1);
            assertThat(apply.status()).as("apply: %s", apply).isIn(201, 400);
            Map<String, String> statuses = applicationStatuses(customer, deal.jobId());
            if (apply.status() == 400) {
                assertThat(apply.message()).isEqualTo("Job is not open");
                assertThat(statuses).hasSize(1);
            } else {
                assertThat(statuses).containsEntry(apply.text("/_id"), "rejected");
            }
            assertThat(statuses).containsEntry(deal.applicationId(), "accepted").doesNotContainValue("pending");
            assertThat(jobStatus(customer, deal.jobId())).isEqualTo("assigned");
        }
    }

    @Test
    void rejectAgainstAcceptEndsEitherWayWithTheMoneyWhereTheOfferSays() {
        for (int round = 0; round < ROUNDS; round++) {
            User customer = funded();
            Deal deal = market.offered(customer, market.contractor(), "100");

            List<Response> answers = together(i -> i == 0 ? market.accept(deal.contractor(), deal.offerId())
                    : api.post("/api/job-request/offer/" + deal.offerId() + "/reject").as(deal.contractor())
                            .json(Map.of("reason", "Changed my mind")).send());

            Response accept = answers.get(0);
            Response reject = answers.get(1);
            assertThat(reject.status()).as("reject: %s", reject).isEqualTo(200);
            assertThat(accept.status()).as("accept: %s", accept).isIn(200, 400);
            if (accept.status() == 400) {
                assertThat(accept.message()).isEqualTo("Offer is not pending");
                assertThat(reject.data().path("refundAmount").decimalValue()).isEqualByComparingTo("0");
            } else {
                assertThat(reject.data().path("refundAmount").decimalValue()).isEqualByComparingTo(TOTAL_CHARGE);
            }
            assertThat(offerStatus(customer, deal.offerId())).isEqualTo("rejected");
            assertThat(jobStatus(customer, deal.jobId())).isEqualTo("open");
            assertThat(applicationStatuses(customer, deal.jobId())).containsEntry(deal.applicationId(), "pending");
            assertThat(market.balance(customer)).as("the customer is whole").isEqualByComparingTo(TOTAL_CHARGE);
        }
    }

    /** A customer holding exactly one offer's total charge of 100.00: 105.00. */
    private User funded() {
        User customer = market.customer();
        market.deposit(customer, "105");
        return customer;
    }

    private List<Response> together(IntFunction<Response> request) {
        return new ArrayList<>(Parallel.run(2, request));
    }

    private Response cancel(User customer, String jobId) {
        return api.post("/api/job/" + jobId + "/cancel").as(customer).json(Map.of("reason", "No longer needed")).send();
    }

    private String jobStatus(User customer, String jobId) {
        return market.job(customer, jobId).expect(200).text("/status");
    }

    private String offerStatus(User customer, String offerId) {
        return api.get("/api/job-request/offer/" + offerId).as(customer).send().expect(200).text("/status");
    }

    private Map<String, String> applicationStatuses(User customer, String jobId) {
        JsonNode applications = api.get("/api/job/" + jobId + "/applications").as(customer).send().expect(200)
                .data().path("applications");
        Map<String, String> statuses = new LinkedHashMap<>();
        applications.forEach(application -> statuses.put(application.path("_id").asText(),
                application.path("status").asText()));
        return statuses;
    }
}
