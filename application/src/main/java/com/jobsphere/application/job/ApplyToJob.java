package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.time.Clock;

/**
 * A contractor applies to an open job, once. The job is locked first, so an application racing an acceptance is
 * either refused ("Job is not open") or written before it and rejected by it, never left pending on an
 * assigned job (CONTRACT.md §12).
 */
public final class ApplyToJob {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public ApplyToJob(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, JobId jobId, String message, IdempotentRequest<JobApplication> request) {
    }

    public JobApplication execute(Command command) {
        command.caller().requireRole(Role.CONTRACTOR);
        String message = command.message() == null ? null : Inputs.text(command.message(), "message", 0, 2000);
        ApplicationId id = new ApplicationId(ids.next());
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByJob(command.jobId()))
                    .orElseThrow(() -> new NotFound("Job"))
                    .apply(command.caller(), id, message, clock.instant());
            stores.record(decision);
            return decision.deal().application(id);
        });
    }
}
