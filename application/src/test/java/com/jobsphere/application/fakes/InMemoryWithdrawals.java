package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.application.port.Withdrawals;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryWithdrawals implements Withdrawals {
    private static final Comparator<WithdrawalView> NEWEST_FIRST =
            Comparator.comparing((WithdrawalView view) -> view.withdrawal().requestedAt())
                    .thenComparing(view -> view.withdrawal().id().value()).reversed();

    private final InMemoryState state;

    InMemoryWithdrawals(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(Withdrawal withdrawal) {
        InMemoryState.requireReference(state.users, withdrawal.userId(), "user");
        InMemoryState.insertNew(state.withdrawals, withdrawal.id(), withdrawal, "withdrawal");
    }

    @Override
    public Optional<Withdrawal> byId(WithdrawalId id) {
        return Optional.ofNullable(state.withdrawals.get(id));
    }

    @Override
    public Optional<Withdrawal> lock(WithdrawalId id) {
        return byId(id);
    }

    /** Only the status, the transfer, the reason and the processing times change, as in the SQL store. */
    @Override
    public void save(Withdrawal withdrawal) {
        Withdrawal stored = InMemoryState.existing(state.withdrawals, withdrawal.id(), "withdrawal");
        state.withdrawals.put(withdrawal.id(), new Withdrawal(stored.id(), stored.userId(), stored.amount(),
                withdrawal.status(), withdrawal.stripeTransferId(), withdrawal.failureReason(), stored.requestedAt(),
                withdrawal.processedAt(), withdrawal.processingSince()));
    }

    @Override
    public Page<WithdrawalView> list(WithdrawalStatus status, PageRequest page) {
        return Pages.of(state.withdrawals.values().stream()
                        .filter(withdrawal -> status == null || withdrawal.status() == status)
                        .map(withdrawal -> new WithdrawalView(withdrawal, state.party(withdrawal.userId()))),
                NEWEST_FIRST, page);
    }

    @Override
    public List<WithdrawalId> processingSince(Instant before, int limit) {
        return state.withdrawals.values().stream()
                .filter(withdrawal -> withdrawal.status() == WithdrawalStatus.PROCESSING
                        && withdrawal.processingSince().isBefore(before))
                .sorted(Comparator.comparing(Withdrawal::processingSince).thenComparing(withdrawal -> withdrawal.id().value()))
                .limit(limit)
                .map(Withdrawal::id)
                .toList();
    }
}
