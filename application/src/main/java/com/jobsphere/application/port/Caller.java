package com.jobsphere.application.port;

import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.user.Role;
import java.util.Objects;

/** The authenticated user making a request. */
public record Caller(String userId, Role role) {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public Caller requireRole(Role required) {
        if (role != required) {
            throw new Forbidden("This action requires the " + required.name().toLowerCase(java.util.Locale.ROOT) + " role");
        }
        return this;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
