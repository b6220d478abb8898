package com.jobsphere.application.offer;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.AmountBounds;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;

/**
 * A customer offers a job to one applicant. The balance must cover the total charge, but nothing
 * moves until the contractor accepts.
 */
public final class SendOffer {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final FeeSchedule feeSchedule;

    public SendOffer(Transactions transactions, Ids ids, Clock clock, FeeSchedule feeSchedule) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.feeSchedule = feeSchedule;
    }

    public record Command(Caller caller, String applicationId, Money amount, String timeline, String description,
            IdempotentRequest<Offer> request) {
    }

    public Offer execute(Command command) {
        Caller caller = command.caller().requireRole(Role.CUSTOMER);
        Money amount = AmountBounds.check(command.amount(), "amount");
        String timeline = Inputs.text(command.timeline(), "timeline", 1, 100);
        String description = Inputs.text(command.description(), "description", 10, 1000);
        Instant now = clock.instant();
        // Locking order: application, job, then offers of the job; the wallet is only read.
        return transactions.run(command.request(), stores -> {
            JobApplication application = Lookups.found(stores.applications().lock(command.applicationId()), "Application");
            Job job = Lookups.found(stores.jobs().lock(application.jobId()), "Job");
            if (!job.customerId().equals(caller.userId())) {
                throw new Forbidden("Only the job's customer can send an offer");
            }
            if (job.status() != JobStatus.OPEN) {
                throw new BusinessRuleViolated("Job is not open");
            }
            stores.offers().liveForJob(job.id())
                    .filter(live -> live.isExpiredAt(now))
                    .ifPresent(expired -> OfferLifecycle.expire(stores, expired, now));
            if (stores.offers().liveForJob(job.id()).isPresent()) {
                throw new BusinessRuleViolated("An offer has already been sent for this job");
            }
            JobApplication current = Lookups.found(stores.applications().byId(application.id()), "Application");
            if (current.status() != ApplicationStatus.PENDING) {
                throw new BusinessRuleViolated("Application is not pending");
            }
            Wallet wallet = Lookups.found(stores.wallets().byUser(caller.userId()), "Wallet");
            wallet.requireNotFrozen();
            Offer offer = Offer.send(ids.next(), job.id(), application.id(), caller.userId(), application.contractorId(),
                    amount, feeSchedule, timeline, description, now);
            Money available = Money.ofCents(stores.ledger().balanceOf(Account.wallet(caller.userId())));
            if (available.isLessThan(offer.fees().totalCharge())) {
                throw BusinessRuleViolated.insufficientBalance(offer.fees().totalCharge(), available);
            }
            stores.offers().add(offer);
            stores.applications().save(current.moveTo(ApplicationStatus.OFFERED, now));
            return offer;
        });
    }
}
