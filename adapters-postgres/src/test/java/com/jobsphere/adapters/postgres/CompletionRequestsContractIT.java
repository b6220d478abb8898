package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static com.jobsphere.adapters.postgres.Seed.at;
import static com.jobsphere.adapters.postgres.Seed.party;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.CompletionRequestView;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.money.Money;

class CompletionRequestsContractIT {
    private static final PageRequest FIRST_TWENTY = new PageRequest(1, 20);

    @ContractTest
    void requestsAreListedNewestFirstFilteredByStatusAndCounted(Backend backend) {
        fourRequests(backend);

        Page<CompletionRequestView> pending = list(backend, CompletionRequestStatus.PENDING, FIRST_TWENTY);
        Page<CompletionRequestView> all = list(backend, null, new PageRequest(1, 3));

        assertThat(pending.items()).extracting(view -> view.request().id().value()).containsExactly("request-4", "request-3");
        assertThat(pending.total()).isEqualTo(2);
        assertThat(all.items()).extracting(view -> view.request().id().value())
                .containsExactly("request-4", "request-3", "request-2");
        assertThat(all.total()).isEqualTo(4);
    }

    /** The payout is what approval pays the contractor: none once the job's offer is no longer accepted. */
    @ContractTest
    void aRequestComesWithItsJobsTitleItsPartiesAndThePayoutOfItsOffer(Backend backend) {
        Requests requests = fourRequests(backend);

        CompletionRequestView approved = list(backend, CompletionRequestStatus.APPROVED, FIRST_TWENTY).items().get(0);
        CompletionRequestView cancelled = list(backend, CompletionRequestStatus.CANCELLED, FIRST_TWENTY).items().get(0);

        assertThat(approved).isEqualTo(new CompletionRequestView(requests.approved(), "Job job-1",
                party(requests.first().customer()), party(requests.first().contractor()), Money.dollars(80)));
        assertThat(cancelled).isEqualTo(new CompletionRequestView(requests.cancelled(), "Job job-2",
                party(requests.second().customer()), party(requests.second().contractor()), null));
    }

    /** What {@link #fourRequests} made: the approved and the cancelled request, and the deals they belong to. */
    private record Requests(Seed.Applied first, CompletionRequest approved, Seed.Applied second,
            CompletionRequest cancelled) {
    }

    /**
     * Four jobs in progress, each with one request: the oldest approved, the next cancelled with its job, and the two
     * newest pending. The pending ones are also the newest, so "newest first" and "pending first, then newest" agree.
     */
    private static Requests fourRequests(Backend backend) {
        Seed.Applied[] deals = new Seed.Applied[4];
        for (int index = 0; index < deals.length; index++) {
            String suffix = "-" + (index + 1);
            deals[index] = backend.transaction(stores -> Seed.applied(stores, suffix));
            Seed.inProgress(backend, deals[index], "offer" + suffix, T0);
            Seed.requestCompletion(backend, deals[index], "request" + suffix, at(index + 1));
        }
        CompletionRequestId first = new CompletionRequestId("request-1");
        CompletionRequest approved = Seed.decide(backend, deals[0].byJob(), deal ->
                deal.approveCompletion(Seed.ADMIN, first, "complete-offer-1", at(5))).deal().completion(first);
        CompletionRequest cancelled = Seed.decide(backend, deals[1].byJob(), deal ->
                deal.cancel(deals[1].asCustomer(), "Requirements changed", "refund-offer-2", at(6)))
                .deal().completion(new CompletionRequestId("request-2"));
        return new Requests(deals[0], approved, deals[1], cancelled);
    }

    private static Page<CompletionRequestView> list(Backend backend, CompletionRequestStatus status, PageRequest page) {
        return backend.unitOfWork().read(stores -> stores.completionRequests().list(status, page));
    }
}
