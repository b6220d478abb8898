package com.jobsphere.application.offer;

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
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;

/**
 * The contractor accepts: in one transaction the customer's totalCharge moves into escrow, the offer is
 * accepted, the job assigned, this application accepted and every other one rejected.
 */
public final class AcceptOffer {
    private final Transactions transactions;
    private final Escrow escrow;
    private final Clock clock;

    public AcceptOffer(Transactions transactions, Escrow escrow, Clock clock) {
        this.transactions = transactions;
        this.escrow = escrow;
        this.clock = clock;
    }

    public record Command(Caller caller, String offerId, IdempotentRequest<Result> request) {
    }

    /**
     * What came of the acceptance. An offer found past its expiry is not an error thrown after the fact: its
     * expiry is a decision that commits (with the recorded response), and the caller is told so.
     */
    public sealed interface Result {
        Offer offer();

        record Accepted(Offer offer, Job job) implements Result {
        }

        record Expired(Offer offer) implements Result {
            public static final String MESSAGE = "Offer has expired";
        }
    }

    public Result execute(Command command) {
        Caller caller = command.caller();
        String offerId = command.offerId();
        Instant now = clock.instant();
        // Locking order: offer, job, applications, then the customer's wallet row (the ledger updates
        // balance rows last). Every use case that touches these takes them in this order, so two
        // acceptances can only wait on each other, never deadlock.
        return transactions.run(command.request(), stores -> {
            Offer offer = Lookups.found(stores.offers().lock(offerId), "Offer");
            if (!offer.contractorId().equals(caller.userId())) {
                throw new Forbidden("Only the contractor of this offer can accept it");
            }
            if (offer.status() != OfferStatus.PENDING) {
                throw new BusinessRuleViolated("Offer is not pending");
            }
            if (offer.isExpiredAt(now)) {
                return new Result.Expired(OfferLifecycle.expire(stores, offer, now));
            }
            Job job = Lookups.found(stores.jobs().lock(offer.jobId()), "Job");
            if (job.status() != JobStatus.OPEN) {
                throw new BusinessRuleViolated("Job is not open");
            }
            for (JobApplication application : stores.applications().byJob(job.id())) {
                if (application.id().equals(offer.applicationId())) {
                    stores.applications().save(application.moveTo(ApplicationStatus.ACCEPTED, now));
                } else if (application.status() == ApplicationStatus.PENDING || application.status() == ApplicationStatus.OFFERED) {
                    stores.applications().save(application.moveTo(ApplicationStatus.REJECTED, now));
                }
            }
            Wallet wallet = Lookups.found(stores.wallets().lockByUser(offer.customerId()), "Wallet");
            wallet.requireNotFrozen();
            // The ledger re-checks the balance on the locked row and refuses with "Insufficient balance";
            // reading it here first would only add a round trip to the busiest path.
            escrow.hold(stores, offer, now);
            Offer accepted = offer.accept(now);
            Job assigned = job.assign(offer.contractorId(), offer.id(), now);
            stores.offers().save(accepted);
            stores.jobs().save(assigned);
            return new Result.Accepted(accepted, assigned);
        });
    }
}
