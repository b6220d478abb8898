package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;

/** Completion requests for the admin dashboard. */
public final class ListCompletionRequests {
    private final UnitOfWork unitOfWork;

    public ListCompletionRequests(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public Page<CompletionRequest> execute(Caller caller, CompletionRequestStatus status, PageRequest page) {
        AdminOnly.require(caller);
        return unitOfWork.inTransaction(stores -> stores.completionRequests().list(status, page));
    }
}
