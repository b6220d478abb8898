package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import java.time.Clock;

/** An admin rejects a completion request; the job stays in progress. */
public final class RejectCompletion {
    private final Transactions transactions;
    private final Clock clock;

    public RejectCompletion(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Caller caller, String requestId, String reason, IdempotentRequest<CompletionRequest> request) {
    }

    public CompletionRequest execute(Command command) {
        AdminOnly.require(command.caller());
        String why = Inputs.text(command.reason(), "reason", 1, 1000);
        return transactions.run(command.request(), stores -> {
            CompletionRequest request = Lookups.found(stores.completionRequests().lock(command.requestId()),
                    "Completion request");
            if (request.status() != CompletionRequestStatus.PENDING) {
                throw new BusinessRuleViolated("Completion request is not pending");
            }
            CompletionRequest rejected = request.resolve(CompletionRequestStatus.REJECTED, why, clock.instant());
            stores.completionRequests().save(rejected);
            return rejected;
        });
    }
}
