package com.jobsphere.application.common;

import com.jobsphere.domain.common.UserId;
import java.util.Objects;

/**
 * The platform as users see it: in transaction history the platform appears as its configured admin,
 * whose user id this holds.
 */
public record Platform(UserId adminUserId) {
    public Platform {
        Objects.requireNonNull(adminUserId, "adminUserId");
    }
}
