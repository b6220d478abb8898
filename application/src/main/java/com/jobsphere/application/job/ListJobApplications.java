package com.jobsphere.application.job;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.job.Job;
import java.util.List;

/** A job's applications, for its customer and admins. */
public final class ListJobApplications {
    private final Transactions transactions;

    public ListJobApplications(Transactions transactions) {
        this.transactions = transactions;
    }

    public List<ApplicationDetails> execute(Caller caller, String jobId) {
        return transactions.run(stores -> {
            Job job = Lookups.found(stores.jobs().byId(jobId), "Job");
            if (!caller.isAdmin()) {
                JobAccess.requireCustomer(job, caller);
            }
            return stores.applications().byJob(jobId).stream()
                    .map(application -> new ApplicationDetails(application,
                            JobAccess.party(stores, application.contractorId()), job,
                            stores.offers().latestForApplication(application.id()).orElse(null)))
                    .toList();
        });
    }
}
