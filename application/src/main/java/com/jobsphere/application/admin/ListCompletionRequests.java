package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;

/** Completion requests for the admin dashboard. */
public final class ListCompletionRequests {
    private final Transactions transactions;

    public ListCompletionRequests(Transactions transactions) {
        this.transactions = transactions;
    }

    public Page<CompletionRequest> execute(Caller caller, CompletionRequestStatus status, PageRequest page) {
        AdminOnly.require(caller);
        return transactions.run(stores -> stores.completionRequests().list(status, page));
    }
}
