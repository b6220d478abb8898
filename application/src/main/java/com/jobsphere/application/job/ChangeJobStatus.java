package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code PATCH /api/job/:id/status}: the reference's transitions, each the same decision of the deal as its own
 * endpoint, so cancelling refunds and completing pays exactly as they do there.
 */
public final class ChangeJobStatus {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public ChangeJobStatus(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, JobId jobId, String status, String reason) {
    }

    public Job execute(Command command) {
        JobStatus target = WireNames.parse(JobStatus.class, command.status())
                .orElseThrow(() -> new ValidationFailed("status",
                        "Status must be one of open, assigned, in_progress, completed, cancelled"));
        String reason = Inputs.optionalText(command.reason(), "reason", 1000);
        Caller caller = command.caller();
        return transactions.run(stores -> {
            Deal deal = stores.deals().lock(new DealKey.ByJob(command.jobId())).orElseThrow(() -> new NotFound("Job"))
                    .requireVisibleTo(caller);
            JobStatus from = deal.job().status();
            if (!JobStatus.isListedInReference(from, target) || target == JobStatus.ASSIGNED) {
                throw BusinessRuleViolated.invalidTransition(from, target);
            }
            Instant now = clock.instant();
            Decision decision = switch (target) {
                case IN_PROGRESS -> deal.start(caller, now);
                case CANCELLED -> deal.cancel(caller, reason, ids.next(), now);
                case COMPLETED -> deal.approveCompletion(caller, null, ids.next(), now);
                default -> throw BusinessRuleViolated.invalidTransition(from, target);
            };
            stores.record(decision);
            return decision.deal().job();
        });
    }
}
