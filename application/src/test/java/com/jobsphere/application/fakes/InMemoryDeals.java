package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Deals;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Deals in memory, loaded and written with the SQL store's rules: the same children (all applications oldest
 * first, the live offer and any named one, the pending completion request and any named one), the same uniqueness
 * refusals (one application per contractor, one live offer, one pending request) and the same unchanging fields.
 */
final class InMemoryDeals implements Deals, Decision.Writer {
    static final String ALREADY_APPLIED = "You have already applied to this job";
    static final String ONE_LIVE_OFFER = "An offer has already been sent for this job";
    static final String ONE_PENDING_REQUEST = "A completion request is already pending for this job";

    private final InMemoryState state;

    InMemoryDeals(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Optional<Deal> lock(DealKey key) {
        return read(key);
    }

    @Override
    public Optional<Deal> read(DealKey key) {
        return jobOf(key).map(job -> {
            OfferId namedOffer = key instanceof DealKey.ByOffer byOffer ? byOffer.offerId() : null;
            CompletionRequestId namedRequest = key instanceof DealKey.ByCompletion byRequest ? byRequest.requestId() : null;
            List<JobApplication> applications = state.applications.values().stream()
                    .filter(application -> application.jobId().equals(job.id()))
                    .sorted(Comparator.comparing(JobApplication::createdAt).thenComparing(a -> a.id().value()))
                    .toList();
            List<Offer> offers = state.offers.values().stream()
                    .filter(offer -> offer.jobId().equals(job.id()))
                    .filter(offer -> offer.status().isLive() || offer.id().equals(namedOffer))
                    .toList();
            List<CompletionRequest> completions = state.completionRequests.values().stream()
                    .filter(request -> request.jobId().equals(job.id()))
                    .filter(request -> request.status() == CompletionRequestStatus.PENDING || request.id().equals(namedRequest))
                    .toList();
            boolean frozen = state.walletsByUser.get(job.customerId()).frozen();
            Money balance = Money.ofCents(state.book.balanceOf(Account.wallet(job.customerId())));
            return Deal.of(job, applications, offers, completions, new Deal.CustomerWallet(frozen, balance));
        });
    }

    private Optional<Job> jobOf(DealKey key) {
        Optional<JobId> jobId;
        if (key instanceof DealKey.ByJob byJob) {
            jobId = Optional.of(byJob.jobId());
        } else if (key instanceof DealKey.ByOffer byOffer) {
            jobId = Optional.ofNullable(state.offers.get(byOffer.offerId())).map(Offer::jobId);
        } else if (key instanceof DealKey.ByApplication byApplication) {
            jobId = Optional.ofNullable(state.applications.get(byApplication.applicationId())).map(JobApplication::jobId);
        } else {
            jobId = Optional.ofNullable(state.completionRequests.get(((DealKey.ByCompletion) key).requestId()))
                    .map(CompletionRequest::jobId);
        }
        return jobId.map(state.jobs::get);
    }

    @Override
    public void record(Decision decision) {
        decision.writeTo(this);
    }

    @Override
    public void addOffer(Offer offer) {
        refuseSecondLiveOffer(offer);
        InMemoryState.insertNew(state.offers, offer.id(), offer, "offer");
    }

    @Override
    public void addCompletion(CompletionRequest request) {
        refuseSecondPending(request);
        InMemoryState.insertNew(state.completionRequests, request.id(), request, "completion request");
    }

    /** Everything but the id, the customer and the creation time may change, as in the SQL store. */
    @Override
    public void saveJob(Job job) {
        Job stored = InMemoryState.existing(state.jobs, job.id(), "job");
        InMemoryState.requireReference(state.users, job.contractorId(), "user");
        state.jobs.put(job.id(), new Job(stored.id(), stored.customerId(), job.title(), job.description(), job.budget(),
                job.category(), job.location(), job.status(), job.contractorId(), job.offerId(), job.assignedAt(),
                job.startedAt(), job.completedAt(), job.cancelledAt(), job.cancellationReason(), stored.createdAt(),
                job.updatedAt()));
    }

    @Override
    public void addApplication(JobApplication application) {
        InMemoryState.requireReference(state.jobs, application.jobId(), "job");
        InMemoryState.requireReference(state.users, application.contractorId(), "user");
        boolean applied = state.applications.values().stream().anyMatch(existing ->
                existing.jobId().equals(application.jobId()) && existing.contractorId().equals(application.contractorId()));
        if (applied) {
            throw new BusinessRuleViolated(ALREADY_APPLIED);
        }
        InMemoryState.insertNew(state.applications, application.id(), application, "application");
    }

    /** Only the status and the update time change, as in the SQL store. */
    @Override
    public void saveApplication(JobApplication application) {
        JobApplication stored = InMemoryState.existing(state.applications, application.id(), "application");
        state.applications.put(application.id(), new JobApplication(stored.id(), stored.jobId(), stored.contractorId(),
                stored.message(), application.status(), stored.createdAt(), application.updatedAt()));
    }

    /** An offer's terms never change; only its state does, as in the SQL store. */
    @Override
    public void saveOffer(Offer offer) {
        Offer stored = InMemoryState.existing(state.offers, offer.id(), "offer");
        refuseSecondLiveOffer(offer);
        state.offers.put(offer.id(), new Offer(stored.id(), stored.jobId(), stored.applicationId(), stored.customerId(),
                stored.contractorId(), stored.amount(), stored.feeSchedule(), stored.timeline(), stored.description(),
                offer.status(), stored.createdAt(), stored.expiresAt(), offer.acceptedAt(), offer.rejectedAt(),
                offer.rejectionReason(), offer.updatedAt()));
    }

    /** Only the status, the resolution time and the reason change, as in the SQL store. */
    @Override
    public void saveCompletion(CompletionRequest request) {
        CompletionRequest stored = InMemoryState.existing(state.completionRequests, request.id(), "completion request");
        refuseSecondPending(request);
        state.completionRequests.put(request.id(), new CompletionRequest(stored.id(), stored.jobId(),
                stored.requestedBy(), request.status(), stored.requestedAt(), request.resolvedAt(),
                request.rejectionReason()));
    }

    private void refuseSecondLiveOffer(Offer offer) {
        boolean anotherLive = offer.status().isLive() && state.offers.values().stream().anyMatch(existing ->
                existing.jobId().equals(offer.jobId()) && existing.status().isLive() && !existing.id().equals(offer.id()));
        if (anotherLive) {
            throw new BusinessRuleViolated(ONE_LIVE_OFFER);
        }
    }

    private void refuseSecondPending(CompletionRequest request) {
        boolean anotherPending = request.status() == CompletionRequestStatus.PENDING
                && state.completionRequests.values().stream().anyMatch(existing -> existing.jobId().equals(request.jobId())
                        && existing.status() == CompletionRequestStatus.PENDING && !existing.id().equals(request.id()));
        if (anotherPending) {
            throw new BusinessRuleViolated(ONE_PENDING_REQUEST);
        }
    }
}
