package com.jobsphere.application.fakes;

import com.jobsphere.application.port.CompletionRequestView;
import com.jobsphere.application.port.CompletionRequests;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.util.Comparator;

final class InMemoryCompletionRequests implements CompletionRequests {
    private static final Comparator<CompletionRequestView> NEWEST_FIRST = Comparator
            .comparing((CompletionRequestView view) -> view.request().requestedAt())
            .thenComparing(view -> view.request().id().value()).reversed();

    private final InMemoryState state;

    InMemoryCompletionRequests(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Page<CompletionRequestView> list(CompletionRequestStatus status, PageRequest page) {
        return Pages.of(state.completionRequests.values().stream()
                        .filter(request -> status == null || request.status() == status)
                        .map(this::view),
                NEWEST_FIRST, page);
    }

    /** The payout is the one the job's accepted offer makes on approval; none once that offer is gone. */
    private CompletionRequestView view(CompletionRequest request) {
        Job job = state.jobs.get(request.jobId());
        Offer offer = job.offerId() == null ? null : state.offers.get(job.offerId());
        Money payout = offer == null || offer.status() != OfferStatus.ACCEPTED ? null : offer.fees().contractorPayout();
        return new CompletionRequestView(request, job.title(), state.party(job.customerId()),
                state.party(job.contractorId()), payout);
    }
}
