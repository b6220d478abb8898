package com.jobsphere.application.admin;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/** An admin approves a completion: the contractor is paid and the platform keeps its commission. */
public final class ApproveCompletion {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public ApproveCompletion(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, CompletionRequestId requestId, IdempotentRequest<Result> request) {
    }

    public record Result(CompletionRequest request, Job job) {
    }

    public Result execute(Command command) {
        command.caller().requireAdmin();
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByCompletion(command.requestId()))
                    .orElseThrow(() -> new NotFound("Completion request"))
                    .approveCompletion(command.caller(), command.requestId(), ids.next(), clock.instant());
            stores.record(decision);
            return new Result(decision.deal().completion(command.requestId()), decision.deal().job());
        });
    }
}
