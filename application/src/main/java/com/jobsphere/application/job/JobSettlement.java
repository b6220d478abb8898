package com.jobsphere.application.job;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.offer.Escrow;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.time.Instant;

/**
 * The two ends of a job that move money: cancellation (refund whatever sits in escrow) and completion
 * (release escrow to the contractor and the platform). Both the dedicated endpoints and
 * {@code PATCH /status} go through here, so each flow is written once.
 */
public final class JobSettlement {
    private final Escrow escrow;

    public JobSettlement(Escrow escrow) {
        this.escrow = escrow;
    }

    public record Cancelled(Job job, Money refundAmount) {
    }

    /** Cancels a locked job. Locking order: job, then its offer, applications, completion request, wallets. */
    public Cancelled cancel(Stores stores, Job job, String reason, Instant at) {
        Job cancelled = job.cancel(reason, at);
        Money refund = Money.ZERO;
        Offer live = stores.offers().liveForJob(job.id()).orElse(null);
        if (live != null) {
            Offer offer = Lookups.found(stores.offers().lock(live.id()), "Offer");
            if (offer.status() == OfferStatus.ACCEPTED) {
                refund = escrow.refund(stores, offer, at);
            }
            stores.offers().save(offer.cancel(at));
        }
        for (JobApplication application : stores.applications().byJob(job.id())) {
            if (application.status() == ApplicationStatus.PENDING || application.status() == ApplicationStatus.OFFERED) {
                stores.applications().save(application.moveTo(ApplicationStatus.REJECTED, at));
            }
        }
        stores.completionRequests().pendingForJob(job.id()).ifPresent(request ->
                stores.completionRequests().save(request.resolve(CompletionRequestStatus.CANCELLED, "Job cancelled", at)));
        stores.jobs().save(cancelled);
        return new Cancelled(cancelled, refund);
    }

    /** Completes a locked, in-progress job: escrow → contractor payout + platform commission. */
    public Job complete(Stores stores, Job job, Instant at) {
        if (job.status() != JobStatus.IN_PROGRESS) {
            throw BusinessRuleViolated.invalidTransition(job.status(), JobStatus.COMPLETED);
        }
        Offer offer = Lookups.found(stores.offers().lock(job.offerId()), "Offer");
        if (offer.status() != OfferStatus.ACCEPTED) {
            throw new BusinessRuleViolated("The job's offer is not accepted");
        }
        Job completed = job.complete(at);
        escrow.release(stores, offer, at);
        stores.completionRequests().pendingForJob(job.id()).ifPresent(request ->
                stores.completionRequests().save(request.resolve(CompletionRequestStatus.APPROVED, null, at)));
        stores.jobs().save(completed);
        return completed;
    }
}
