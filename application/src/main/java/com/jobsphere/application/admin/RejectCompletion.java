package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/** An admin rejects a completion request, with a reason; the job stays in progress. */
public final class RejectCompletion {
    private final Transactions transactions;
    private final Clock clock;

    public RejectCompletion(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Caller caller, CompletionRequestId requestId, String reason,
            IdempotentRequest<CompletionRequest> request) {
    }

    public CompletionRequest execute(Command command) {
        command.caller().requireAdmin();
        String why = Inputs.text(command.reason(), "reason", 1, 1000);
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByCompletion(command.requestId()))
                    .orElseThrow(() -> new NotFound("Completion request"))
                    .rejectCompletion(command.caller(), command.requestId(), why, clock.instant());
            stores.record(decision);
            return decision.deal().completion(command.requestId());
        });
    }
}
