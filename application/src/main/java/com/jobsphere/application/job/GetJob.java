package com.jobsphere.application.job;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.JobDetails;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.user.Caller;

/** One job, for those who may see it, with its customer and contractor populated: one read, no transaction. */
public final class GetJob {
    private final Transactions transactions;

    public GetJob(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller, JobId jobId) {
    }

    public JobDetails execute(Query query) {
        JobDetails details = transactions.read(stores -> stores.jobs().details(query.jobId()))
                .orElseThrow(() -> new NotFound("Job"));
        if (!details.job().isVisibleTo(query.caller())) {
            throw new Forbidden("You do not have access to this job");
        }
        return details;
    }
}
