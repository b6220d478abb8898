package com.jobsphere.application.job;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.job.Job;

/** One job, for those who may see it. */
public final class GetJob {
    private final UnitOfWork unitOfWork;

    public GetJob(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public JobDetails execute(Caller caller, String jobId) {
        return unitOfWork.inTransaction(stores -> {
            Job job = Lookups.found(stores.jobs().byId(jobId), "Job");
            JobAccess.requireVisible(job, caller);
            return JobAccess.details(stores, job);
        });
    }
}
