package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import java.util.Optional;

/** Registered users. */
public interface Users {
    /** Adds a user; throws {@link com.jobsphere.domain.common.ValidationFailed} on field {@code email} if it is taken. */
    void add(User user);

    /** Replaces the user's password hash (the configured admin's, when ADMIN_PASSWORD changed). */
    void changePasswordHash(UserId id, String passwordHash);

    Optional<User> byId(UserId id);

    /** Whether a user with this id exists: the one fact authentication needs on every request, read cheaply. */
    boolean exists(UserId id);

    /** Looks up case-insensitively (emails are stored in lower case). */
    Optional<User> byEmail(Email email);

    /** The oldest user with this role, if any: the platform admin for {@link Role#ADMIN}. */
    Optional<User> firstWithRole(Role role);

    /**
     * Users whose email contains {@code emailContains} (already lower case; null lists everyone), newest first, each
     * with their wallet and its balance, in one query per page. {@code %} and {@code _} in the text match
     * themselves.
     */
    Page<UserAccount> list(String emailContains, PageRequest page);
}
