package com.jobsphere.application.job;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.user.Caller;

/** Jobs a user may see: a customer their own, a contractor open ones and their own, an admin all. */
public final class ListJobs {
    private final Transactions transactions;

    public ListJobs(Transactions transactions) {
        this.transactions = transactions;
    }

    /** {@code status} null lists every state. */
    public record Query(Caller caller, JobStatus status, PageRequest page) {
    }

    public Page<Job> execute(Query query) {
        Caller caller = query.caller();
        return transactions.read(stores -> switch (caller.role()) {
            case CUSTOMER -> stores.jobs().list(caller.userId(), null, query.status(), query.page());
            case CONTRACTOR -> stores.jobs().list(null, caller.userId(), query.status(), query.page());
            case ADMIN -> stores.jobs().list(null, null, query.status(), query.page());
        });
    }
}
