package com.jobsphere.application.job;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.time.Clock;

/** The customer asks an admin to approve that an in-progress job is done. */
public final class RequestCompletion {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public RequestCompletion(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, String jobId, IdempotentRequest<CompletionRequest> request) {
    }

    public CompletionRequest execute(Command command) {
        Caller caller = command.caller();
        String jobId = command.jobId();
        return transactions.run(command.request(), stores -> {
            Job job = Lookups.found(stores.jobs().lock(jobId), "Job");
            JobAccess.requireCustomer(job, caller);
            if (job.status() != JobStatus.IN_PROGRESS) {
                throw new BusinessRuleViolated("Job must be in progress to request completion");
            }
            if (stores.completionRequests().pendingForJob(jobId).isPresent()) {
                throw new BusinessRuleViolated("A completion request is already pending for this job");
            }
            CompletionRequest request = CompletionRequest.open(ids.next(), jobId, caller.userId(), clock.instant());
            stores.completionRequests().add(request);
            return request;
        });
    }
}
