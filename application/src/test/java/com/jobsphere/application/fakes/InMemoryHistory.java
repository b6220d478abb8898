package com.jobsphere.application.fakes;

import com.jobsphere.application.port.History;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Withdrawal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The history as a view of the ledger, computed the way the SQL view reads it: the user's wallet postings of the
 * transfers that make an item (a credited deposit, an escrow movement, a withdrawal's reservation), and the
 * deposits that never moved money. The platform's history is every escrow movement.
 */
final class InMemoryHistory implements History {
    private static final Comparator<TransactionView> NEWEST_FIRST = Comparator
            .comparing(TransactionView::createdAt).thenComparing(TransactionView::id).reversed();

    private final InMemoryState state;

    InMemoryHistory(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Page<TransactionView> forUser(UserId userId, UserId platformUserId, TransactionType type, PageRequest page) {
        List<TransactionView> items = new ArrayList<>();
        Account wallet = Account.wallet(userId);
        for (Transfer transfer : state.transfers) {
            long net = transfer.netChangeOf(wallet);
            if (net != 0) {
                walletItem(transfer, userId, platformUserId, Money.ofCents(Math.abs(net))).ifPresent(items::add);
            } else if (userId.equals(platformUserId)) {
                platformItem(transfer, platformUserId).ifPresent(items::add);
            }
        }
        state.deposits.values().stream()
                .filter(deposit -> deposit.userId().equals(userId) && deposit.status() != DepositStatus.COMPLETED)
                .map(this::depositItem)
                .forEach(items::add);
        return Pages.of(items.stream().filter(item -> type == null || item.type() == type), NEWEST_FIRST, page);
    }

    private Optional<TransactionView> walletItem(Transfer transfer, UserId user, UserId platform, Money amount) {
        return Optional.ofNullable(switch (transfer.type()) {
            case DEPOSIT_CREDITED -> depositItem(state.deposits.get(((Subject.Deposit) transfer.subject()).depositId()));
            case WITHDRAWAL_RESERVED -> withdrawalItem(
                    state.withdrawals.get(((Subject.Withdrawal) transfer.subject()).withdrawalId()));
            case OFFER_ACCEPTED -> offerItem(transfer, TransactionType.WALLET_TRANSFER, amount, user, platform);
            case OFFER_REFUNDED -> offerItem(transfer, TransactionType.REFUND, amount, platform, user);
            case COMPLETION_APPROVED -> offerItem(transfer, TransactionType.CONTRACTOR_PAYOUT, amount, platform, user);
            default -> null;
        });
    }

    /** The platform's side of an escrow movement: the customer or contractor is the other party. */
    private Optional<TransactionView> platformItem(Transfer transfer, UserId platform) {
        if (transfer.type() == TransferType.OFFER_ACCEPTED) {
            return Optional.of(offerItem(transfer, TransactionType.WALLET_TRANSFER,
                    Money.ofCents(transfer.netChangeOf(Account.ESCROW)), walletOwner(transfer), platform));
        }
        if (transfer.type() == TransferType.OFFER_REFUNDED) {
            return Optional.of(offerItem(transfer, TransactionType.REFUND,
                    Money.ofCents(-transfer.netChangeOf(Account.ESCROW)), platform, walletOwner(transfer)));
        }
        if (transfer.type() == TransferType.COMPLETION_APPROVED) {
            UserId contractor = walletOwner(transfer);
            return Optional.of(offerItem(transfer, TransactionType.CONTRACTOR_PAYOUT,
                    Money.ofCents(transfer.netChangeOf(Account.wallet(contractor))), platform, contractor));
        }
        return Optional.empty();
    }

    private TransactionView offerItem(Transfer transfer, TransactionType type, Money amount, UserId from, UserId to) {
        Subject.Offer offer = (Subject.Offer) transfer.subject();
        OfferId offerId = offer.offerId();
        JobId jobId = offer.jobId();
        return new TransactionView(transfer.id(), type, amount, state.party(from), state.party(to), offerId, jobId,
                TransactionStatus.COMPLETED, transfer.createdAt(), transfer.createdAt());
    }

    private TransactionView depositItem(Deposit deposit) {
        TransactionStatus status = switch (deposit.status()) {
            case PENDING -> TransactionStatus.PENDING;
            case COMPLETED -> TransactionStatus.COMPLETED;
            case FAILED -> TransactionStatus.FAILED;
            case CANCELLED -> TransactionStatus.CANCELLED;
        };
        return new TransactionView(deposit.id().value(), TransactionType.DEPOSIT, deposit.amount(), null,
                state.party(deposit.userId()), null, null, status, deposit.createdAt(), deposit.completedAt());
    }

    private TransactionView withdrawalItem(Withdrawal withdrawal) {
        TransactionStatus status = switch (withdrawal.status()) {
            case PENDING, PROCESSING -> TransactionStatus.PENDING;
            case COMPLETED -> TransactionStatus.COMPLETED;
            case FAILED -> TransactionStatus.FAILED;
            case REJECTED -> TransactionStatus.CANCELLED;
        };
        return new TransactionView(withdrawal.id().value(), TransactionType.WITHDRAWAL, withdrawal.amount(),
                state.party(withdrawal.userId()), null, null, null, status, withdrawal.requestedAt(),
                withdrawal.processedAt());
    }

    /** The one user whose wallet an escrow movement touches. */
    private static UserId walletOwner(Transfer transfer) {
        return transfer.postings().stream().filter(posting -> posting.account().isWallet())
                .map(posting -> new UserId(posting.account().ownerId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("an escrow movement without a wallet"));
    }
}
