package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Users;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryUsers implements Users {
    static final String EMAIL_TAKEN = "Email is already registered";

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
}
