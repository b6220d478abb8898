package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import java.time.Clock;

/** An admin rejects a completion request; the job stays in progress. */
public final class RejectCompletion {
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RejectCompletion(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public CompletionRequest execute(Caller caller, String requestId, String reason) {
        AdminOnly.require(caller);
        String why = Inputs.text(reason, "reason", 1, 1000);
        return unitOfWork.inTransaction(stores -> {
            CompletionRequest request = Lookups.found(stores.completionRequests().lock(requestId), "Completion request");
            if (request.status() != CompletionRequestStatus.PENDING) {
                throw new BusinessRuleViolated("Completion request is not pending");
            }
            CompletionRequest rejected = request.resolve(CompletionRequestStatus.REJECTED, why, clock.instant());
            stores.completionRequests().save(rejected);
            return rejected;
        });
    }
}
