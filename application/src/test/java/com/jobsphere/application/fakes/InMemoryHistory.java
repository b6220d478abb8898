package com.jobsphere.application.fakes;

import com.jobsphere.application.port.History;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionType;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryHistory implements History {
    private static final Comparator<TransactionView> NEWEST_FIRST = Comparator
            .comparing((TransactionView view) -> view.entry().createdAt())
            .thenComparing(view -> view.entry().id())
            .reversed();

    private final InMemoryState state;

    InMemoryHistory(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(TransactionEntry entry) {
        InMemoryState.insertNew(state.history, entry.id(), entry, "history item");
    }

    @Override
    public Optional<TransactionEntry> byId(String id) {
        return Optional.ofNullable(state.history.get(id));
    }

    /** Only the status, the transfer and the completion time change, as in the SQL store. */
    @Override
    public void save(TransactionEntry entry) {
        TransactionEntry stored = InMemoryState.existing(state.history, entry.id(), "history item");
        state.history.put(entry.id(), stored.settle(entry.status(), entry.transferId(), entry.completedAt()));
    }

    @Override
    public Page<TransactionView> forUser(String userId, TransactionType type, PageRequest page) {
        return Pages.of(state.history.values().stream()
                        .filter(entry -> userId.equals(entry.fromUserId()) || userId.equals(entry.toUserId()))
                        .filter(entry -> type == null || entry.type() == type)
                        .map(entry -> new TransactionView(entry, party(entry.fromUserId()), party(entry.toUserId()))),
                NEWEST_FIRST, page);
    }

    /** Null when the item names nobody on that side; a user the store does not know shows only its id. */
    private Party party(String userId) {
        if (userId == null) {
            return null;
        }
        User user = state.users.get(userId);
        return user == null ? new Party(userId, null, null) : new Party(userId, user.name(), user.email().value());
    }
}
