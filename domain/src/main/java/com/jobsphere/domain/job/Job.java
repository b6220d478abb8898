package com.jobsphere.domain.job;

import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A customer's job posting and its progress. Each transition returns a new value. */
public record Job(
        JobId id,
        UserId customerId,
        String title,
        String description,
        Money budget,
        String category,
        String location,
        JobStatus status,
        UserId contractorId,
        OfferId offerId,
        Instant assignedAt,
        Instant startedAt,
        Instant completedAt,
        Instant cancelledAt,
        String cancellationReason,
        Instant createdAt,
        Instant updatedAt) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Job post(JobId id, UserId customerId, String title, String description, Money budget,
            String category, String location, Instant at) {
        return new Job(id, customerId, title, description, budget, category, location, JobStatus.OPEN,
                null, null, null, null, null, null, null, at, at);
    }

    public Job assign(UserId contractor, OfferId offer, Instant at) {
        JobStatus.TRANSITIONS.check(status, JobStatus.ASSIGNED);
        return new Job(id, customerId, title, description, budget, category, location, JobStatus.ASSIGNED,
                contractor, offer, at, null, null, null, null, createdAt, at);
    }

    /** Undoes an assignment when its accepted offer is rejected before work starts. */
    public Job reopen(Instant at) {
        JobStatus.TRANSITIONS.check(status, JobStatus.OPEN);
        return new Job(id, customerId, title, description, budget, category, location, JobStatus.OPEN,
                null, null, null, null, null, null, null, createdAt, at);
    }

    public Job start(Instant at) {
        JobStatus.TRANSITIONS.check(status, JobStatus.IN_PROGRESS);
        return new Job(id, customerId, title, description, budget, category, location, JobStatus.IN_PROGRESS,
                contractorId, offerId, assignedAt, at, null, null, null, createdAt, at);
    }

    public Job complete(Instant at) {
        JobStatus.TRANSITIONS.check(status, JobStatus.COMPLETED);
        return new Job(id, customerId, title, description, budget, category, location, JobStatus.COMPLETED,
                contractorId, offerId, assignedAt, startedAt, at, null, null, createdAt, at);
    }

    public Job cancel(String reason, Instant at) {
        JobStatus.TRANSITIONS.check(status, JobStatus.CANCELLED);
        return new Job(id, customerId, title, description, budget, category, location, JobStatus.CANCELLED,
                contractorId, offerId, assignedAt, startedAt, null, at, reason, createdAt, at);
    }

    /** An open job is visible to any signed-in user; after that only to its customer, its contractor and admins. */
    public boolean isVisibleTo(Caller caller) {
        return status == JobStatus.OPEN || caller.isAdmin() || isPartyTo(caller.userId());
    }

    public boolean isPartyTo(UserId userId) {
        return customerId.equals(userId) || userId.equals(contractorId);
    }
}
