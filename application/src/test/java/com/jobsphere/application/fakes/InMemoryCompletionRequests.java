package com.jobsphere.application.fakes;

import com.jobsphere.application.port.CompletionRequests;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryCompletionRequests implements CompletionRequests {
    static final String ONE_PENDING_REQUEST = "A completion request is already pending for this job";
    private static final Comparator<CompletionRequest> NEWEST_FIRST =
            Comparator.comparing(CompletionRequest::requestedAt).thenComparing(CompletionRequest::id).reversed();

    private final InMemoryState state;

    InMemoryCompletionRequests(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(CompletionRequest request) {
        InMemoryState.requireReference(state.jobs, request.jobId(), "job");
        InMemoryState.requireReference(state.users, request.requestedBy(), "user");
        refuseSecondPending(request);
        InMemoryState.insertNew(state.completionRequests, request.id(), request, "completion request");
    }

    @Override
    public Optional<CompletionRequest> byId(String id) {
        return Optional.ofNullable(state.completionRequests.get(id));
    }

    @Override
    public Optional<CompletionRequest> lock(String id) {
        return byId(id);
    }

    /** Only the status, the resolution time and the reason change, as in the SQL store. */
    @Override
    public void save(CompletionRequest request) {
        CompletionRequest stored = InMemoryState.existing(state.completionRequests, request.id(), "completion request");
        refuseSecondPending(request);
        state.completionRequests.put(request.id(), new CompletionRequest(stored.id(), stored.jobId(),
                stored.requestedBy(), request.status(), stored.requestedAt(), request.resolvedAt(),
                request.rejectionReason()));
    }

    @Override
    public Optional<CompletionRequest> pendingForJob(String jobId) {
        return state.completionRequests.values().stream()
                .filter(request -> request.jobId().equals(jobId) && request.status() == CompletionRequestStatus.PENDING)
                .findFirst();
    }

    @Override
    public Page<CompletionRequest> list(CompletionRequestStatus status, PageRequest page) {
        return Pages.of(state.completionRequests.values().stream()
                        .filter(request -> status == null || request.status() == status),
                NEWEST_FIRST, page);
    }

    private void refuseSecondPending(CompletionRequest request) {
        boolean anotherPending = request.status() == CompletionRequestStatus.PENDING
                && pendingForJob(request.jobId()).filter(pending -> !pending.id().equals(request.id())).isPresent();
        if (anotherPending) {
            throw new BusinessRuleViolated(ONE_PENDING_REQUEST);
        }
    }
}
