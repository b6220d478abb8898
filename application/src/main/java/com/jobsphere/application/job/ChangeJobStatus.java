package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code PATCH /api/job/:id/status}: the reference's transitions, each with who may ask for it.
 * Cancelling and completing go through the same settlement as their dedicated endpoints.
 */
public final class ChangeJobStatus {
    private final Transactions transactions;
    private final JobSettlement settlement;
    private final Clock clock;

    public ChangeJobStatus(Transactions transactions, JobSettlement settlement, Clock clock) {
        this.transactions = transactions;
        this.settlement = settlement;
        this.clock = clock;
    }

    public Job execute(Caller caller, String jobId, String status, String reason) {
        JobStatus target = WireNames.parse(JobStatus.class, status)
                .orElseThrow(() -> new ValidationFailed("status",
                        "Status must be one of open, assigned, in_progress, completed, cancelled"));
        String cancellationReason = Inputs.optionalText(reason, "reason", 1000);
        Instant now = clock.instant();
        return transactions.run(stores -> {
            Job job = Lookups.found(stores.jobs().lock(jobId), "Job");
            JobAccess.requireVisible(job, caller);
            if (!JobStatus.isListedInReference(job.status(), target) || target == JobStatus.ASSIGNED) {
                throw BusinessRuleViolated.invalidTransition(job.status(), target);
            }
            return switch (target) {
                case IN_PROGRESS -> {
                    if (!job.isPartyTo(caller.userId())) {
                        throw new Forbidden("Only the job's customer or assigned contractor can start it");
                    }
                    Job started = job.start(now);
                    stores.jobs().save(started);
                    yield started;
                }
                case CANCELLED -> {
                    if (!caller.isAdmin() && !job.customerId().equals(caller.userId())) {
                        throw new Forbidden("Only the job's customer or an admin can cancel it");
                    }
                    yield settlement.cancel(stores, job, cancellationReason, now).job();
                }
                case COMPLETED -> {
                    if (!caller.isAdmin()) {
                        throw new Forbidden("Only an admin can mark a job completed");
                    }
                    yield settlement.complete(stores, job, now);
                }
                default -> throw BusinessRuleViolated.invalidTransition(job.status(), target);
            };
        });
    }
}
