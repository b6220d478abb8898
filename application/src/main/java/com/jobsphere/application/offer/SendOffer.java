package com.jobsphere.application.offer;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.money.AmountBounds;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.time.Clock;

/**
 * A customer offers a job to one applicant, at the fee rates in force now, which the offer keeps. The balance
 * must cover the total charge, but nothing moves until the contractor accepts.
 */
public final class SendOffer {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final FeeSchedule feeSchedule;

    public SendOffer(Transactions transactions, Ids ids, Clock clock, FeeSchedule feeSchedule) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.feeSchedule = feeSchedule;
    }

    public record Command(Caller caller, ApplicationId applicationId, Money amount, String timeline, String description,
            IdempotentRequest<Offer> request) {
    }

    public Offer execute(Command command) {
        command.caller().requireRole(Role.CUSTOMER);
        Money amount = AmountBounds.check(command.amount(), "amount");
        String timeline = Inputs.text(command.timeline(), "timeline", 1, 100);
        String description = Inputs.text(command.description(), "description", 10, 1000);
        OfferId id = new OfferId(ids.next());
        return transactions.run(command.request(), stores -> {
            Decision decision = stores.deals().lock(new DealKey.ByApplication(command.applicationId()))
                    .orElseThrow(() -> new NotFound("Application"))
                    .sendOffer(command.caller(), command.applicationId(), id, amount, feeSchedule, timeline, description,
                            clock.instant());
            stores.record(decision);
            return decision.deal().offer(id);
        });
    }
}
