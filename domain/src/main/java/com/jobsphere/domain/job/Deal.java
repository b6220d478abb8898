package com.jobsphere.domain.job;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Decision.Change;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The marketplace deal around one job: the job, its applications, its offers and its completion requests. It is
 * the aggregate the job's row locks (CONTRACT.md §12): every decision about any of these is taken here, with
 * the job locked, so each rule (who may act, which state, expiry, one live offer, which applications are
 * rejected or reinstated) is written once.
 *
 * <p>A deal holds the job's live offer (pending or accepted) and its pending completion request, plus the offer
 * or request a caller named if that one is no longer live, so that a request about it is answered precisely.
 * Each decision returns a {@link Decision}: the changed rows and at most one ledger transfer. Time and new ids
 * come in as arguments.
 */
public final class Deal {
    static final String JOB_NOT_OPEN = "Job is not open";

    private final Job job;
    private final List<JobApplication> applications;
    private final List<Offer> offers;
    private final List<CompletionRequest> completions;
    private final CustomerWallet customerWallet;

    /**
     * The customer's wallet as the deal sees it when it is loaded: frozen or not, and the balance, read without a
     * lock. The balance only decides whether an offer may be sent; the ledger re-checks it, locked, when money
     * actually moves.
     */
    public record CustomerWallet(boolean frozen, Money balance) {
        public CustomerWallet {
            Objects.requireNonNull(balance, "balance");
        }
    }

    private Deal(Job job, List<JobApplication> applications, List<Offer> offers, List<CompletionRequest> completions,
            CustomerWallet customerWallet) {
        this.job = Objects.requireNonNull(job, "job");
        this.applications = List.copyOf(applications);
        this.offers = List.copyOf(offers);
        this.completions = List.copyOf(completions);
        this.customerWallet = Objects.requireNonNull(customerWallet, "customerWallet");
        for (JobApplication application : this.applications) {
            requireOfThisJob(application.jobId().equals(job.id()), "application", application.id());
        }
        for (Offer offer : this.offers) {
            requireOfThisJob(offer.jobId().equals(job.id()), "offer", offer.id());
        }
        for (CompletionRequest request : this.completions) {
            requireOfThisJob(request.jobId().equals(job.id()), "completion request", request.id());
        }
        if (this.offers.stream().filter(offer -> offer.status().isLive()).count() > 1) {
            throw new IllegalArgumentException("a job has at most one live offer");
        }
    }

    /**
     * A deal as loaded: the job, all its applications, its live offer and any other offer named in the request,
     * its pending completion request and any other one named, and the customer's wallet.
     */
    public static Deal of(Job job, List<JobApplication> applications, List<Offer> offers,
            List<CompletionRequest> completions, CustomerWallet customerWallet) {
        return new Deal(job, applications, offers, completions, customerWallet);
    }

    public Job job() {
        return job;
    }

    public List<JobApplication> applications() {
        return applications;
    }

    /** The job's live (pending or accepted) offer, if any. */
    public Optional<Offer> liveOffer() {
        return offers.stream().filter(offer -> offer.status().isLive()).findFirst();
    }

    public Offer offer(OfferId id) {
        return offers.stream().filter(offer -> offer.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Offer"));
    }

    public JobApplication application(ApplicationId id) {
        return applications.stream().filter(application -> application.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Application"));
    }

    public CompletionRequest completion(CompletionRequestId id) {
        return completions.stream().filter(request -> request.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Completion request"));
    }

    /** The pending completion request, if any. */
    public Optional<CompletionRequest> pendingCompletion() {
        return completions.stream().filter(request -> request.status() == CompletionRequestStatus.PENDING).findFirst();
    }

    // Who may see and act.

    /** An open job is visible to any signed-in user; after that only to its customer, its contractor and admins. */
    public boolean isVisibleTo(Caller caller) {
        return job.isVisibleTo(caller);
    }

    public Deal requireVisibleTo(Caller caller) {
        if (!isVisibleTo(caller)) {
            throw new Forbidden("You do not have access to this job");
        }
        return this;
    }

    /** The job's customer, or an admin: who may cancel a job and see its applications. */
    public Deal requireCustomerOrAdmin(Caller caller, String forbidden) {
        if (!caller.isAdmin() && !caller.is(job.customerId())) {
            throw new Forbidden(forbidden);
        }
        return this;
    }

    // Decisions.

    /** A contractor applies to an open job, once. */
    public Decision apply(Caller caller, ApplicationId newId, String message, Instant at) {
        caller.requireRole(Role.CONTRACTOR);
        if (job.status() != JobStatus.OPEN) {
            throw new BusinessRuleViolated(JOB_NOT_OPEN);
        }
        if (applications.stream().anyMatch(application -> caller.is(application.contractorId()))) {
            throw new BusinessRuleViolated("You have already applied to this job");
        }
        return draft().addApplication(JobApplication.submit(newId, job.id(), caller.userId(), message, at)).decide();
    }

    /**
     * The customer offers the job to one applicant. A pending offer found past its expiry is expired first, as
     * any access to it would; then the job may have no other live offer. The balance must cover the total
     * charge, but nothing moves until the contractor accepts.
     */
    public Decision sendOffer(Caller caller, ApplicationId applicationId, OfferId newId, Money amount,
            FeeSchedule feeSchedule, String timeline, String description, Instant at) {
        caller.requireRole(Role.CUSTOMER);
        if (!caller.is(job.customerId())) {
            throw new Forbidden("Only the job's customer can send an offer");
        }
        JobApplication application = application(applicationId);
        if (job.status() != JobStatus.OPEN) {
            throw new BusinessRuleViolated(JOB_NOT_OPEN);
        }
        Draft draft = draft();
        liveOffer().filter(live -> live.isExpiredAt(at)).ifPresent(expired -> draft.expire(expired, at));
        if (draft.deal().liveOffer().isPresent()) {
            throw new BusinessRuleViolated("An offer has already been sent for this job");
        }
        JobApplication current = draft.deal().application(applicationId);
        if (current.status() != ApplicationStatus.PENDING) {
            throw new BusinessRuleViolated("Application is not pending");
        }
        if (customerWallet.frozen()) {
            throw BusinessRuleViolated.walletFrozen();
        }
        Offer offer = Offer.send(newId, job.id(), application.id(), caller.userId(), application.contractorId(), amount,
                feeSchedule, timeline, description, at);
        if (customerWallet.balance().isLessThan(offer.fees().totalCharge())) {
            throw BusinessRuleViolated.insufficientBalance(offer.fees().totalCharge(), customerWallet.balance());
        }
        return draft.addOffer(offer).changeApplication(current.moveTo(ApplicationStatus.OFFERED, at)).decide();
    }

    /**
     * The contractor accepts: the customer's total charge moves into escrow, the offer is accepted, the job
     * assigned, this application accepted and every other open one rejected. An offer found past its expiry is
     * expired instead, and the acceptance refused.
     */
    public Decision accept(Caller caller, OfferId offerId, String transferId, Instant at) {
        Offer offer = offer(offerId);
        if (!caller.is(offer.contractorId())) {
            throw new Forbidden("Only the contractor of this offer can accept it");
        }
        if (offer.status() != OfferStatus.PENDING) {
            throw new BusinessRuleViolated("Offer is not pending");
        }
        if (offer.isExpiredAt(at)) {
            return draft().expire(offer, at).refuse(new BusinessRuleViolated(Offer.EXPIRED));
        }
        if (job.status() != JobStatus.OPEN) {
            throw new BusinessRuleViolated(JOB_NOT_OPEN);
        }
        if (customerWallet.frozen()) {
            throw BusinessRuleViolated.walletFrozen();
        }
        Draft draft = draft();
        for (JobApplication application : applications) {
            if (application.id().equals(offer.applicationId())) {
                draft.changeApplication(application.moveTo(ApplicationStatus.ACCEPTED, at));
            } else if (application.status().isOpen()) {
                draft.changeApplication(application.moveTo(ApplicationStatus.REJECTED, at));
            }
        }
        return draft.changeOffer(offer.accept(at))
                .changeJob(job.assign(offer.contractorId(), offer.id(), at))
                .move(Transfers.offerAccepted(transferId, at, offer.customerId(), offer.fees(), offer.ledgerSubject()))
                .decide();
    }

    /**
     * The contractor rejects a pending offer, or an accepted one before work starts: then its total charge goes
     * back to the customer, the job reopens, and the applications the acceptance rejected are pending again.
     */
    public Decision rejectOffer(Caller caller, OfferId offerId, String reason, String transferId, Instant at) {
        Offer offer = offer(offerId);
        if (!caller.is(offer.contractorId())) {
            throw new Forbidden("Only the contractor of this offer can reject it");
        }
        if (offer.isExpiredAt(at)) {
            return draft().expire(offer, at).refuse(new BusinessRuleViolated(Offer.EXPIRED));
        }
        if (offer.status() == OfferStatus.PENDING) {
            return draft().changeOffer(offer.reject(reason, at))
                    .changeApplication(application(offer.applicationId()).moveTo(ApplicationStatus.PENDING, at))
                    .decide();
        }
        if (offer.status() != OfferStatus.ACCEPTED) {
            throw new BusinessRuleViolated("Offer is not pending or accepted");
        }
        if (job.status() != JobStatus.ASSIGNED || !offer.id().equals(job.offerId())) {
            throw new BusinessRuleViolated("Offer can no longer be rejected: work has started");
        }
        Draft draft = draft();
        for (JobApplication application : applications) {
            if (application.status() == ApplicationStatus.ACCEPTED || application.status() == ApplicationStatus.REJECTED) {
                draft.changeApplication(application.moveTo(ApplicationStatus.PENDING, at));
            }
        }
        return draft.changeJob(job.reopen(at))
                .changeOffer(offer.reject(reason, at))
                .move(Transfers.offerRefunded(transferId, at, offer.customerId(), offer.fees(), offer.ledgerSubject()))
                .decide();
    }

    /** Marks the live offer expired if it is pending past its expiry; otherwise changes nothing. */
    public Decision expireOffer(Instant at) {
        Draft draft = draft();
        liveOffer().filter(offer -> offer.isExpiredAt(at)).ifPresent(expired -> draft.expire(expired, at));
        return draft.decide();
    }

    /** The customer or the assigned contractor starts the work. */
    public Decision start(Caller caller, Instant at) {
        requireVisibleTo(caller);
        if (!job.isPartyTo(caller.userId())) {
            throw new Forbidden("Only the job's customer or assigned contractor can start it");
        }
        return draft().changeJob(job.start(at)).decide();
    }

    /** The customer asks an admin to confirm that an in-progress job is done; one request pending at a time. */
    public Decision requestCompletion(Caller caller, CompletionRequestId newId, Instant at) {
        if (!caller.is(job.customerId())) {
            throw new Forbidden("Only the job's customer can do this");
        }
        if (job.status() != JobStatus.IN_PROGRESS) {
            throw new BusinessRuleViolated("Job must be in progress to request completion");
        }
        if (pendingCompletion().isPresent()) {
            throw new BusinessRuleViolated("A completion request is already pending for this job");
        }
        return draft().requestCompletion(CompletionRequest.open(newId, job.id(), caller.userId(), at)).decide();
    }

    /**
     * An admin approves the completion: escrow pays the contractor their payout and the platform its commission,
     * the job is completed and its pending request (the one named, when one is named) approved.
     */
    public Decision approveCompletion(Caller caller, CompletionRequestId requestId, String transferId, Instant at) {
        caller.requireAdmin();
        if (requestId != null && completion(requestId).status() != CompletionRequestStatus.PENDING) {
            throw new BusinessRuleViolated("Completion request is not pending");
        }
        if (job.status() != JobStatus.IN_PROGRESS) {
            throw BusinessRuleViolated.invalidTransition(job.status(), JobStatus.COMPLETED);
        }
        Offer offer = liveOffer().filter(live -> live.id().equals(job.offerId())
                && live.status() == OfferStatus.ACCEPTED)
                .orElseThrow(() -> new BusinessRuleViolated("The job's offer is not accepted"));
        Draft draft = draft().changeJob(job.complete(at)).move(Transfers.completionApproved(transferId, at,
                offer.contractorId(), offer.fees(), offer.ledgerSubject()));
        pendingCompletion().ifPresent(request ->
                draft.resolveCompletion(request.resolve(CompletionRequestStatus.APPROVED, null, at)));
        return draft.decide();
    }

    /** An admin rejects a pending completion request, with a reason; the job stays in progress. */
    public Decision rejectCompletion(Caller caller, CompletionRequestId requestId, String reason, Instant at) {
        caller.requireAdmin();
        CompletionRequest request = completion(requestId);
        if (request.status() != CompletionRequestStatus.PENDING) {
            throw new BusinessRuleViolated("Completion request is not pending");
        }
        return draft().resolveCompletion(request.resolve(CompletionRequestStatus.REJECTED, reason, at)).decide();
    }

    /**
     * The customer or an admin cancels the job: money in escrow goes back to the customer, the live offer is
     * cancelled, the open applications rejected and a pending completion request closed.
     */
    public Decision cancel(Caller caller, String reason, String transferId, Instant at) {
        requireCustomerOrAdmin(caller, "Only the job's customer or an admin can cancel it");
        Draft draft = draft().changeJob(job.cancel(reason, at));
        liveOffer().ifPresent(offer -> {
            if (offer.status() == OfferStatus.ACCEPTED) {
                draft.move(Transfers.offerRefunded(transferId, at, offer.customerId(), offer.fees(), offer.ledgerSubject()));
            }
            draft.changeOffer(offer.cancel(at));
        });
        for (JobApplication application : applications) {
            if (application.status().isOpen()) {
                draft.changeApplication(application.moveTo(ApplicationStatus.REJECTED, at));
            }
        }
        pendingCompletion().ifPresent(request ->
                draft.resolveCompletion(request.resolve(CompletionRequestStatus.CANCELLED, "Job cancelled", at)));
        return draft.decide();
    }

    private Draft draft() {
        return new Draft(this);
    }

    private static void requireOfThisJob(boolean condition, String what, Object id) {
        if (!condition) {
            throw new IllegalArgumentException("the " + what + " " + id + " belongs to another job");
        }
    }

    /** A decision being made: the deal as changed so far, and the changes in order. */
    private static final class Draft {
        private Job job;
        private final List<JobApplication> applications;
        private final List<Offer> offers;
        private final List<CompletionRequest> completions;
        private final CustomerWallet customerWallet;
        private final List<Change> changes = new ArrayList<>();
        private Transfer transfer;

        Draft(Deal deal) {
            this.job = deal.job;
            this.applications = new ArrayList<>(deal.applications);
            this.offers = new ArrayList<>(deal.offers);
            this.completions = new ArrayList<>(deal.completions);
            this.customerWallet = deal.customerWallet;
        }

        Deal deal() {
            return new Deal(job, applications, offers, completions, customerWallet);
        }

        /** A pending offer past its expiry: expired, and its application pending again. */
        Draft expire(Offer offer, Instant at) {
            changeOffer(offer.expire(at));
            JobApplication application = applications.stream().filter(a -> a.id().equals(offer.applicationId()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("an offer without its application"));
            return changeApplication(application.moveTo(ApplicationStatus.PENDING, at));
        }

        Draft changeJob(Job changed) {
            job = changed;
            changes.add(new Change.JobChanged(changed));
            return this;
        }

        Draft addApplication(JobApplication added) {
            applications.add(added);
            changes.add(new Change.ApplicationAdded(added));
            return this;
        }

        Draft changeApplication(JobApplication changed) {
            applications.replaceAll(application -> application.id().equals(changed.id()) ? changed : application);
            changes.add(new Change.ApplicationChanged(changed));
            return this;
        }

        Draft addOffer(Offer added) {
            offers.add(added);
            changes.add(new Change.OfferAdded(added));
            return this;
        }

        Draft changeOffer(Offer changed) {
            offers.replaceAll(offer -> offer.id().equals(changed.id()) ? changed : offer);
            changes.add(new Change.OfferChanged(changed));
            return this;
        }

        Draft requestCompletion(CompletionRequest requested) {
            completions.add(requested);
            changes.add(new Change.CompletionRequested(requested));
            return this;
        }

        Draft resolveCompletion(CompletionRequest resolved) {
            completions.replaceAll(request -> request.id().equals(resolved.id()) ? resolved : request);
            changes.add(new Change.CompletionResolved(resolved));
            return this;
        }

        /** At most one transfer per decision: a second would be a bug in the decision. */
        Draft move(Transfer money) {
            if (transfer != null) {
                throw new IllegalStateException("a decision moves money at most once");
            }
            transfer = money;
            return this;
        }

        Decision decide() {
            return new Decision(deal(), changes, transfer, null);
        }

        Decision refuse(BusinessRuleViolated refusal) {
            return new Decision(deal(), changes, transfer, refusal);
        }
    }
}
