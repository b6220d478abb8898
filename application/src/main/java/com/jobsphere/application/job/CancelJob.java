package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.job.Job;
import java.time.Clock;

/** The job's customer or an admin cancels it; money in escrow goes back to the customer. */
public final class CancelJob {
    private final Transactions transactions;
    private final JobSettlement settlement;
    private final Clock clock;

    public CancelJob(Transactions transactions, JobSettlement settlement, Clock clock) {
        this.transactions = transactions;
        this.settlement = settlement;
        this.clock = clock;
    }

    public record Command(Caller caller, String jobId, String reason, IdempotentRequest<JobSettlement.Cancelled> request) {
    }

    public JobSettlement.Cancelled execute(Command command) {
        Caller caller = command.caller();
        String cancellationReason = Inputs.optionalText(command.reason(), "reason", 1000);
        return transactions.run(command.request(), stores -> {
            Job job = Lookups.found(stores.jobs().lock(command.jobId()), "Job");
            if (!caller.isAdmin() && !job.customerId().equals(caller.userId())) {
                throw new Forbidden("Only the job's customer or an admin can cancel it");
            }
            return settlement.cancel(stores, job, cancellationReason, clock.instant());
        });
    }
}
