package com.jobsphere.application.job;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;

/** A contractor's own applications, each with its job and current offer, a page at a time. */
public final class ListMyApplications {
    private final Transactions transactions;

    public ListMyApplications(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller, PageRequest page) {
    }

    public Page<ApplicationDetails> execute(Query query) {
        Caller caller = query.caller().requireRole(Role.CONTRACTOR);
        return transactions.read(stores -> stores.applications().ofContractor(caller.userId(), query.page()));
    }
}
