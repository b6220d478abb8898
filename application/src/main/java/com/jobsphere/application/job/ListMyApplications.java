package com.jobsphere.application.job;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Role;
import java.util.List;

/** A contractor's own applications, each with its job and current offer. */
public final class ListMyApplications {
    private final Transactions transactions;

    public ListMyApplications(Transactions transactions) {
        this.transactions = transactions;
    }

    public List<ApplicationDetails> execute(Caller caller) {
        caller.requireRole(Role.CONTRACTOR);
        return transactions.run(stores -> stores.applications().byContractor(caller.userId()).stream()
                .map(application -> new ApplicationDetails(application, null,
                        Lookups.found(stores.jobs().byId(application.jobId()), "Job"),
                        stores.offers().latestForApplication(application.id()).orElse(null)))
                .toList());
    }
}
