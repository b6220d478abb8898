package com.jobsphere.application.offer;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/**
 * The contractor rejects a pending offer, or an accepted one before work starts; an accepted offer's total charge
 * goes back to the customer and the job reopens, with its applications pending again.
 */
public final class RejectOffer {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public RejectOffer(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, OfferId offerId, String reason, IdempotentRequest<Result> request) {
    }

    /** The rejected offer and what went back to the customer, or, for an offer found past its expiry, why not. */
    public sealed interface Result {
        record Rejected(Offer offer, Money refundAmount) implements Result {
        }

        record Expired(Offer offer, String message) implements Result {
        }
    }

    public Result execute(Command command) {
        String reason = Inputs.optionalText(command.reason(), "reason", 1000);
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByOffer(command.offerId()))
                    .orElseThrow(() -> new NotFound("Offer"))
                    .rejectOffer(command.caller(), command.offerId(), reason, ids.next(), clock.instant());
            stores.record(decision);
            Offer offer = decision.deal().offer(command.offerId());
            if (decision.refusal().isPresent()) {
                return new Result.Expired(offer, decision.refusal().get().getMessage());
            }
            Money refund = decision.transfer()
                    .map(transfer -> Money.ofCents(transfer.netChangeOf(Account.wallet(offer.customerId()))))
                    .orElse(Money.ZERO);
            return new Result.Rejected(offer, refund);
        });
    }
}
