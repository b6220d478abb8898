package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.UserAccount;
import com.jobsphere.application.port.Users;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryUsers implements Users {
    static final String EMAIL_TAKEN = "Email is already registered";
    private static final Comparator<UserAccount> NEWEST_FIRST =
            Comparator.comparing((UserAccount account) -> account.user().createdAt())
                    .thenComparing(account -> account.user().id().value()).reversed();

    private final InMemoryState state;

    InMemoryUsers(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(User user) {
        if (byEmail(user.email()).isPresent()) {
            throw new ValidationFailed("email", EMAIL_TAKEN);
        }
        InMemoryState.insertNew(state.users, user.id(), user, "user");
    }

    @Override
    public void changePasswordHash(UserId id, String passwordHash) {
        User stored = InMemoryState.existing(state.users, id, "user");
        state.users.put(id, new User(stored.id(), stored.email(), stored.name(), stored.role(), passwordHash,
                stored.createdAt()));
    }

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(state.users.get(id));
    }

    @Override
    public boolean exists(UserId id) {
        return state.users.containsKey(id);
    }

    /** {@link Email} is already lower case, so plain equality is the case-insensitive comparison. */
    @Override
    public Optional<User> byEmail(Email email) {
        return state.users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> firstWithRole(Role role) {
        return state.users.values().stream()
                .filter(user -> user.role() == role)
                .min(Comparator.comparing(User::createdAt).thenComparing(user -> user.id().value()));
    }

    /** Users without a wallet are left out, as the SQL store's join leaves them out; registration opens one. */
    @Override
    public Page<UserAccount> list(String emailContains, PageRequest page) {
        return Pages.of(state.users.values().stream()
                        .filter(user -> emailContains == null || user.email().value().contains(emailContains))
                        .filter(user -> state.walletsByUser.containsKey(user.id()))
                        .map(user -> new UserAccount(user, state.walletsByUser.get(user.id()),
                                Money.ofCents(state.book.balanceOf(Account.wallet(user.id()))))),
                NEWEST_FIRST, page);
    }
}
