package com.jobsphere.application.admin;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.job.JobSettlement;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Job;
import java.time.Clock;

/** An admin approves a completion: the contractor is paid and the platform keeps its commission. */
public final class ApproveCompletion {
    private final UnitOfWork unitOfWork;
    private final JobSettlement settlement;
    private final Clock clock;

    public ApproveCompletion(UnitOfWork unitOfWork, JobSettlement settlement, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.settlement = settlement;
        this.clock = clock;
    }

    public record Result(CompletionRequest request, Job job) {
    }

    public Result execute(Caller caller, String requestId) {
        AdminOnly.require(caller);
        return unitOfWork.inTransaction(stores -> {
            CompletionRequest request = Lookups.found(stores.completionRequests().lock(requestId), "Completion request");
            if (request.status() != CompletionRequestStatus.PENDING) {
                throw new BusinessRuleViolated("Completion request is not pending");
            }
            Job job = Lookups.found(stores.jobs().lock(request.jobId()), "Job");
            Job completed = settlement.complete(stores, job, clock.instant());
            return new Result(Lookups.found(stores.completionRequests().byId(requestId), "Completion request"), completed);
        });
    }
}
