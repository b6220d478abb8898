package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;

class CompletionRequestsContractIT {
    @ContractTest
    void aJobHasAtMostOnePendingRequest(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        backend.run(stores -> stores.completionRequests().add(CompletionRequest.open("request-1", deal.job(), deal.customer(), Seed.T0)));

        assertThatThrownBy(() -> backend.run(stores -> stores.completionRequests()
                .add(CompletionRequest.open("request-2", deal.job(), deal.customer(), Seed.at(1)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("A completion request is already pending for this job");
        backend.run(stores -> {
            assertThat(stores.completionRequests().pendingForJob(deal.job())).map(CompletionRequest::id).contains("request-1");
            assertThat(stores.completionRequests().byId("request-2")).isEmpty();
        });
    }

    @ContractTest
    void aNewRequestMayFollowARejectedOne(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        CompletionRequest first = CompletionRequest.open("request-1", deal.job(), deal.customer(), Seed.T0);
        backend.run(stores -> stores.completionRequests().add(first));
        backend.run(stores -> stores.completionRequests().save(stores.completionRequests().lock("request-1").orElseThrow()
                .resolve(CompletionRequestStatus.REJECTED, "Not finished", Seed.at(1))));

        backend.run(stores -> stores.completionRequests()
                .add(CompletionRequest.open("request-2", deal.job(), deal.customer(), Seed.at(2))));

        backend.run(stores -> {
            assertThat(stores.completionRequests().byId("request-1")).contains(
                    first.resolve(CompletionRequestStatus.REJECTED, "Not finished", Seed.at(1)));
            assertThat(stores.completionRequests().pendingForJob(deal.job())).map(CompletionRequest::id).contains("request-2");
        });
    }

    @ContractTest
    void requestsAreListedNewestFirstAndFilteredByStatus(Backend backend) {
        Seed.Deal first = backend.transaction(stores -> Seed.deal(stores, "-1"));
        Seed.Deal second = backend.transaction(stores -> Seed.deal(stores, "-2"));
        Seed.Deal third = backend.transaction(stores -> Seed.deal(stores, "-3"));
        backend.run(stores -> {
            stores.completionRequests().add(CompletionRequest.open("request-1", first.job(), first.customer(), Seed.at(1)));
            stores.completionRequests().add(CompletionRequest.open("request-2", second.job(), second.customer(), Seed.at(2))
                    .resolve(CompletionRequestStatus.APPROVED, null, Seed.at(5)));
            stores.completionRequests().add(CompletionRequest.open("request-3", third.job(), third.customer(), Seed.at(3)));
        });

        Page<CompletionRequest> pending = backend.transaction(stores ->
                stores.completionRequests().list(CompletionRequestStatus.PENDING, new PageRequest(1, 20)));
        Page<CompletionRequest> all = backend.transaction(stores ->
                stores.completionRequests().list(null, new PageRequest(1, 2)));

        assertThat(pending.items()).extracting(CompletionRequest::id).containsExactly("request-3", "request-1");
        assertThat(all.items()).extracting(CompletionRequest::id).containsExactly("request-3", "request-2");
        assertThat(all.total()).isEqualTo(3);
    }
}
