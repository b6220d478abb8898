package com.jobsphere.application.admin;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.job.JobSettlement;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Job;
import java.time.Clock;

/** An admin approves a completion: the contractor is paid and the platform keeps its commission. */
public final class ApproveCompletion {
    private final Transactions transactions;
    private final JobSettlement settlement;
    private final Clock clock;

    public ApproveCompletion(Transactions transactions, JobSettlement settlement, Clock clock) {
        this.transactions = transactions;
        this.settlement = settlement;
        this.clock = clock;
    }

    public record Result(CompletionRequest request, Job job) {
    }

    public record Command(Caller caller, String requestId, IdempotentRequest<Result> request) {
    }

    public Result execute(Command command) {
        AdminOnly.require(command.caller());
        String requestId = command.requestId();
        return transactions.run(command.request(), stores -> {
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
