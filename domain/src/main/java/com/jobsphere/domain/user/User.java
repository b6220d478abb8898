package com.jobsphere.domain.user;

import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A registered person. The password is held only as a memory-hard hash. */
public record User(UserId id, Email email, String name, Role role, String passwordHash, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
