package com.jobsphere.domain.user;

import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.UserId;
import java.util.Locale;
import java.util.Objects;

/** The authenticated user making a request: who may act is decided in the domain, from this. */
public record Caller(UserId userId, Role role) {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public Caller requireRole(Role required) {
        if (role != required) {
            throw new Forbidden("This action requires the " + required.name().toLowerCase(Locale.ROOT) + " role");
        }
        return this;
    }

    /** Refuses anyone but an admin, with the one message every admin action gives. */
    public Caller requireAdmin() {
        if (!isAdmin()) {
            throw new Forbidden("Admin access required");
        }
        return this;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean is(UserId user) {
        return userId.equals(user);
    }
}
