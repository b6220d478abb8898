package com.jobsphere.application.job;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.job.Job;

/** One job, for those who may see it. */
public final class GetJob {
    private final Transactions transactions;

    public GetJob(Transactions transactions) {
        this.transactions = transactions;
    }

    public JobDetails execute(Caller caller, String jobId) {
        return transactions.run(stores -> {
            Job job = Lookups.found(stores.jobs().byId(jobId), "Job");
            JobAccess.requireVisible(job, caller);
            return JobAccess.details(stores, job);
        });
    }
}
