package com.jobsphere.application.job;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;

/** Jobs a user may see: a customer their own, a contractor open ones and their own, an admin all. */
public final class ListJobs {
    private final Transactions transactions;

    public ListJobs(Transactions transactions) {
        this.transactions = transactions;
    }

    public Page<Job> execute(Caller caller, JobStatus status, PageRequest page) {
        return transactions.run(stores -> switch (caller.role()) {
            case CUSTOMER -> stores.jobs().list(caller.userId(), null, status, page);
            case CONTRACTOR -> stores.jobs().list(null, caller.userId(), status, page);
            case ADMIN -> stores.jobs().list(null, null, status, page);
        });
    }
}
