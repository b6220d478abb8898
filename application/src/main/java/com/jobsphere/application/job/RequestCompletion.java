package com.jobsphere.application.job;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.user.Caller;
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

    public record Command(Caller caller, JobId jobId, IdempotentRequest<CompletionRequest> request) {
    }

    public CompletionRequest execute(Command command) {
        CompletionRequestId id = new CompletionRequestId(ids.next());
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByJob(command.jobId()))
                    .orElseThrow(() -> new NotFound("Job"))
                    .requestCompletion(command.caller(), id, clock.instant());
            stores.record(decision);
            return decision.deal().completion(id);
        });
    }
}
