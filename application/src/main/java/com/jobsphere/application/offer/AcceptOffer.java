package com.jobsphere.application.offer;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/**
 * The contractor accepts: in one transaction, with the job locked first, the customer's total charge moves into
 * escrow, the offer is accepted, the job assigned, this application accepted and every other one rejected.
 */
public final class AcceptOffer {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public AcceptOffer(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, OfferId offerId, IdempotentRequest<Result> request) {
    }

    /**
     * What came of the acceptance. An offer found past its expiry is not an error thrown after the fact: its
     * expiry is a decision that commits (with the recorded response), and the caller is told so.
     */
    public sealed interface Result {
        Offer offer();

        record Accepted(Offer offer, Job job) implements Result {
        }

        record Expired(Offer offer, String message) implements Result {
        }
    }

    public Result execute(Command command) {
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByOffer(command.offerId()))
                    .orElseThrow(() -> new NotFound("Offer"))
                    .accept(command.caller(), command.offerId(), ids.next(), clock.instant());
            stores.record(decision);
            Offer offer = decision.deal().offer(command.offerId());
            return decision.refusal().<Result>map(refusal -> new Result.Expired(offer, refusal.getMessage()))
                    .orElseGet(() -> new Result.Accepted(offer, decision.deal().job()));
        });
    }
}
