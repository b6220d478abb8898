package com.jobsphere.application.offer;

import com.jobsphere.application.auth.ClaimedCaller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.offer.Offer;
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

    /**
     * The caller is {@linkplain ClaimedCaller claimed}, proven by the deal itself: only the offer's contractor may
     * accept, and an offer's contractor is an existing user (the store refuses an offer without its users, and a
     * user with offers cannot be removed). A caller who is not the contractor, or names no offer, is read from the
     * users to tell 401 from 403 or 404.
     */
    public record Command(ClaimedCaller caller, OfferId offerId, IdempotentRequest<Result> request) {
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
        ClaimedCaller claimed = command.caller();
        return transactions.run(command.request(), stores -> {
            Deal deal = stores.deals().lock(new DealKey.ByOffer(command.offerId()))
                    .orElseThrow(() -> claimed.unproven(stores, new NotFound("Offer")));
            Decision decision;
            try {
                decision = deal.accept(claimed.caller(), command.offerId(), ids.next(), clock.instant());
            } catch (Forbidden notTheContractor) {
                throw claimed.unproven(stores, notTheContractor);
            }
            stores.record(decision);
            Offer offer = decision.deal().offer(command.offerId());
            return decision.refusal().<Result>map(refusal -> new Result.Expired(offer, refusal.getMessage()))
                    .orElseGet(() -> new Result.Accepted(offer, decision.deal().job()));
        });
    }
}
