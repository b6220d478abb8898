package com.jobsphere.application.fakes;

import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.application.port.Wallets;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.util.Optional;
import java.util.Set;

final class InMemoryWallets implements Wallets {
    static final String SECOND_WALLET = "The user already has a wallet";

    private final InMemoryState state;

    InMemoryWallets(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void open(Wallet wallet) {
        InMemoryState.requireReference(state.users, wallet.userId(), "user");
        if (state.walletsByUser.containsKey(wallet.userId())) {
            throw new Conflict(SECOND_WALLET);
        }
        state.walletsByUser.put(wallet.userId(), wallet);
    }

    @Override
    public Optional<Wallet> byUser(UserId userId) {
        return Optional.ofNullable(state.walletsByUser.get(userId));
    }

    @Override
    public Optional<Wallet> lockByUser(UserId userId) {
        return byUser(userId);
    }

    /** Only the frozen state and its time change, as in the SQL store. */
    @Override
    public void save(Wallet wallet) {
        Wallet stored = state.walletsByUser.values().stream()
                .filter(candidate -> candidate.id().equals(wallet.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Expected to update one wallet " + wallet.id() + ", found none"));
        state.walletsByUser.put(stored.userId(), new Wallet(stored.id(), stored.userId(), wallet.frozen(),
                wallet.frozenReason(), stored.createdAt(), wallet.updatedAt()));
    }

    @Override
    public Optional<WalletSummary> summary(UserId userId) {
        return byUser(userId).map(wallet -> {
            Account account = Account.wallet(userId);
            long earnings = netChange(account, Set.of(TransferType.COMPLETION_APPROVED));
            long spent = -netChange(account, Set.of(TransferType.OFFER_ACCEPTED, TransferType.OFFER_REFUNDED));
            long withdrawn = state.withdrawals.values().stream()
                    .filter(withdrawal -> withdrawal.userId().equals(userId))
                    .filter(withdrawal -> withdrawal.status() == WithdrawalStatus.COMPLETED)
                    .mapToLong(withdrawal -> withdrawal.amount().cents())
                    .sum();
            return new WalletSummary(wallet, Money.ofCents(state.book.balanceOf(account)), Money.ofCents(earnings),
                    Money.ofCents(spent), Money.ofCents(withdrawn));
        });
    }

    private long netChange(Account account, Set<TransferType> types) {
        long net = 0;
        for (Transfer transfer : state.transfers) {
            if (types.contains(transfer.type())) {
                net = Math.addExact(net, transfer.netChangeOf(account));
            }
        }
        return net;
    }
}
