package com.jobsphere.application.job;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.user.Caller;

/** A job's applications, for its customer and admins, a page at a time. */
public final class ListJobApplications {
    private final Transactions transactions;

    public ListJobApplications(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller, JobId jobId, PageRequest page) {
    }

    public Page<ApplicationDetails> execute(Query query) {
        return transactions.read(stores -> {
            Job job = stores.jobs().byId(query.jobId()).orElseThrow(() -> new NotFound("Job"));
            if (!query.caller().isAdmin() && !query.caller().is(job.customerId())) {
                throw new Forbidden("Only the job's customer can do this");
            }
            return stores.applications().ofJob(job.id(), query.page());
        });
    }
}
