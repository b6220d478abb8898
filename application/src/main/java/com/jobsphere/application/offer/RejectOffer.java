package com.jobsphere.application.offer;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.time.Clock;
import java.time.Instant;

/**
 * The contractor rejects a pending offer, or an accepted one before work starts. An accepted offer's
 * totalCharge goes back to the customer and the job reopens, with its applications pending again.
 */
public final class RejectOffer {
    private final Transactions transactions;
    private final Escrow escrow;
    private final Clock clock;

    public RejectOffer(Transactions transactions, Escrow escrow, Clock clock) {
        this.transactions = transactions;
        this.escrow = escrow;
        this.clock = clock;
    }

    public record Result(Offer offer, Money refundAmount) {
    }

    public record Command(Caller caller, String offerId, String reason, IdempotentRequest<Result> request) {
    }

    public Result execute(Command command) {
        Caller caller = command.caller();
        String offerId = command.offerId();
        String rejectionReason = Inputs.optionalText(command.reason(), "reason", 1000);
        Instant now = clock.instant();
        // Locking order: offer, job, applications, wallet rows (by the ledger), as in AcceptOffer.
        return transactions.run(command.request(), stores -> {
            Offer offer = Lookups.found(stores.offers().lock(offerId), "Offer");
            if (!offer.contractorId().equals(caller.userId())) {
                throw new Forbidden("Only the contractor of this offer can reject it");
            }
            if (offer.status() == OfferStatus.PENDING) {
                Offer rejected = offer.reject(rejectionReason, now);
                stores.offers().save(rejected);
                OfferLifecycle.moveApplication(stores, offer.applicationId(), ApplicationStatus.PENDING, now);
                return new Result(rejected, Money.ZERO);
            }
            if (offer.status() != OfferStatus.ACCEPTED) {
                throw new BusinessRuleViolated("Offer is not pending or accepted");
            }
            Job job = Lookups.found(stores.jobs().lock(offer.jobId()), "Job");
            if (job.status() != JobStatus.ASSIGNED || !offer.id().equals(job.offerId())) {
                throw new BusinessRuleViolated("Offer can no longer be rejected: work has started");
            }
            stores.jobs().save(job.reopen(now));
            for (JobApplication application : stores.applications().byJob(job.id())) {
                if (application.status() == ApplicationStatus.ACCEPTED || application.status() == ApplicationStatus.REJECTED) {
                    stores.applications().save(application.moveTo(ApplicationStatus.PENDING, now));
                }
            }
            Money refund = escrow.refund(stores, offer, now);
            Offer rejected = offer.reject(rejectionReason, now);
            stores.offers().save(rejected);
            return new Result(rejected, refund);
        });
    }
}
