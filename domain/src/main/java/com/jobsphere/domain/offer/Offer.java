package com.jobsphere.domain.offer;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's offer to the contractor of one application. The fee rates are stored with it, so its
 * figures never change after it is sent.
 */
public record Offer(
        OfferId id,
        JobId jobId,
        ApplicationId applicationId,
        UserId customerId,
        UserId contractorId,
        Money amount,
        FeeSchedule feeSchedule,
        String timeline,
        String description,
        OfferStatus status,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant rejectedAt,
        String rejectionReason,
        Instant updatedAt) {

    public static final Duration LIFETIME = Duration.ofDays(7);
    /** The refusal of an acceptance (or rejection) of an offer found past its expiry. */
    public static final String EXPIRED = "Offer has expired";

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(contractorId, "contractorId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(feeSchedule, "feeSchedule");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Offer send(OfferId id, JobId jobId, ApplicationId applicationId, UserId customerId, UserId contractorId,
            Money amount, FeeSchedule feeSchedule, String timeline, String description, Instant at) {
        return new Offer(id, jobId, applicationId, customerId, contractorId, amount, feeSchedule, timeline,
                description, OfferStatus.PENDING, at, at.plus(LIFETIME), null, null, null, at);
    }

    public Fees fees() {
        return feeSchedule.feesFor(amount);
    }

    /** What the offer's ledger transfers are about: this offer, on its job. */
    public Subject.Offer ledgerSubject() {
        return new Subject.Offer(id, jobId);
    }

    /** A pending offer is expired from {@code expiresAt} on, whether or not the sweep has marked it yet. */
    public boolean isExpiredAt(Instant now) {
        return status == OfferStatus.PENDING && !now.isBefore(expiresAt);
    }

    /** A pending offer past its expiry can never be accepted, whoever asks. */
    public Offer accept(Instant at) {
        if (isExpiredAt(at)) {
            throw new BusinessRuleViolated(EXPIRED);
        }
        return moveTo(OfferStatus.ACCEPTED, at, at, rejectedAt, rejectionReason);
    }

    public Offer reject(String reason, Instant at) {
        return moveTo(OfferStatus.REJECTED, at, acceptedAt, at, reason);
    }

    public Offer expire(Instant at) {
        return moveTo(OfferStatus.EXPIRED, at, acceptedAt, rejectedAt, rejectionReason);
    }

    public Offer cancel(Instant at) {
        return moveTo(OfferStatus.CANCELLED, at, acceptedAt, rejectedAt, rejectionReason);
    }

    private Offer moveTo(OfferStatus target, Instant at, Instant accepted, Instant rejected, String reason) {
        OfferStatus.TRANSITIONS.check(status, target);
        return new Offer(id, jobId, applicationId, customerId, contractorId, amount, feeSchedule, timeline,
                description, target, createdAt, expiresAt, accepted, rejected, reason, at);
    }
}
