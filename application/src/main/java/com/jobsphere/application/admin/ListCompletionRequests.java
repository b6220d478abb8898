package com.jobsphere.application.admin;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.CompletionRequestView;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.user.Caller;

/** Completion requests for the admins' review, pending first, each with its job and parties. */
public final class ListCompletionRequests {
    private final Transactions transactions;

    public ListCompletionRequests(Transactions transactions) {
        this.transactions = transactions;
    }

    /** {@code status} null lists every state. */
    public record Query(Caller caller, CompletionRequestStatus status, PageRequest page) {
    }

    public Page<CompletionRequestView> execute(Query query) {
        query.caller().requireAdmin();
        return transactions.read(stores -> stores.completionRequests().list(query.status(), query.page()));
    }
}
