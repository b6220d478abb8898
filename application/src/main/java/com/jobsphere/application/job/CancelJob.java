package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.job.Job;
import java.time.Clock;

/** The job's customer or an admin cancels it; money in escrow goes back to the customer. */
public final class CancelJob {
    private final UnitOfWork unitOfWork;
    private final JobSettlement settlement;
    private final Clock clock;

    public CancelJob(UnitOfWork unitOfWork, JobSettlement settlement, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.settlement = settlement;
        this.clock = clock;
    }

    public JobSettlement.Cancelled execute(Caller caller, String jobId, String reason) {
        String cancellationReason = Inputs.optionalText(reason, "reason", 1000);
        return unitOfWork.inTransaction(stores -> {
            Job job = Lookups.found(stores.jobs().lock(jobId), "Job");
            if (!caller.isAdmin() && !job.customerId().equals(caller.userId())) {
                throw new Forbidden("Only the job's customer or an admin can cancel it");
            }
            return settlement.cancel(stores, job, cancellationReason, clock.instant());
        });
    }
}
