package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/** The job's customer or an admin cancels it; money in escrow goes back to the customer. */
public final class CancelJob {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public CancelJob(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, JobId jobId, String reason, IdempotentRequest<Result> request) {
    }

    /** The cancelled job and what went back to the customer: the offer's total charge if it sat in escrow. */
    public record Result(Job job, Money refundAmount) {
        static Result of(Decision decision) {
            Job job = decision.deal().job();
            Money refund = decision.transfer()
                    .map(transfer -> Money.ofCents(transfer.netChangeOf(Account.wallet(job.customerId()))))
                    .orElse(Money.ZERO);
            return new Result(job, refund);
        }
    }

    public Result execute(Command command) {
        String reason = Inputs.optionalText(command.reason(), "reason", 1000);
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByJob(command.jobId()))
                    .orElseThrow(() -> new NotFound("Job"))
                    .cancel(command.caller(), reason, ids.next(), clock.instant());
            stores.record(decision);
            return Result.of(decision);
        });
    }
}
