package com.jobsphere.application.offer;

import com.jobsphere.application.common.Descriptions;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.time.Instant;

/**
 * The three money movements of an offer, each a ledger transfer plus its history item, written in the
 * caller's transaction: hold on acceptance, refund on rejection or cancellation, release on completion.
 */
public final class Escrow {
    private final Ids ids;
    private final Platform platform;

    public Escrow(Ids ids, Platform platform) {
        this.ids = ids;
        this.platform = platform;
    }

    /** Customer's wallet → escrow, the offer's totalCharge. Refused with "Insufficient balance" if short. */
    public void hold(Stores stores, Offer offer, Instant at) {
        Fees fees = offer.fees();
        Transfer transfer = Transfers.offerAccepted(ids.next(), at, offer.customerId(), fees);
        record(stores, transfer, TransactionType.WALLET_TRANSFER, fees.totalCharge(), offer.customerId(),
                platform.adminUserId(), offer, Descriptions.offerAccepted(fees.totalCharge()));
    }

    /** Escrow → customer's wallet, the whole totalCharge. Returns the refunded amount. */
    public Money refund(Stores stores, Offer offer, Instant at) {
        Fees fees = offer.fees();
        Transfer transfer = Transfers.offerRefunded(ids.next(), at, offer.customerId(), fees);
        record(stores, transfer, TransactionType.REFUND, fees.totalCharge(), platform.adminUserId(),
                offer.customerId(), offer, Descriptions.refund(fees.totalCharge()));
        return fees.totalCharge();
    }

    /** Escrow → contractor's payout and the platform's commission. */
    public void release(Stores stores, Offer offer, Instant at) {
        Fees fees = offer.fees();
        Transfer transfer = Transfers.completionApproved(ids.next(), at, offer.contractorId(), fees);
        record(stores, transfer, TransactionType.CONTRACTOR_PAYOUT, fees.contractorPayout(), platform.adminUserId(),
                offer.contractorId(), offer, Descriptions.payout(fees.contractorPayout()));
    }

    private void record(Stores stores, Transfer transfer, TransactionType type, Money amount, String from, String to,
            Offer offer, String description) {
        stores.ledger().post(transfer);
        stores.history().add(new TransactionEntry(ids.next(), type, amount, from, to, offer.id(), offer.jobId(),
                TransactionStatus.COMPLETED, description, transfer.id(), transfer.createdAt(), transfer.createdAt()));
    }
}
