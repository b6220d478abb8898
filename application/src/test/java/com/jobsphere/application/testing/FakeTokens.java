package com.jobsphere.application.testing;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.user.Role;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Readable tokens for use-case tests: {@code access:<userId>:<ROLE>}. */
public final class FakeTokens implements Tokens {
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public String issueAccessToken(UserId userId, Role role, Instant issuedAt) {
        return "access:" + userId + ":" + role.name();
    }

    @Override
    public Caller verifyAccessToken(String token) {
        String[] parts = token == null ? new String[0] : token.split(":");
        if (parts.length != 3 || !parts[0].equals("access")) {
            throw new Unauthenticated("Invalid token");
        }
        return new Caller(new UserId(parts[1]), Role.valueOf(parts[2]));
    }

    @Override
    public String newRefreshToken() {
        return "refresh-" + sequence.incrementAndGet();
    }

    @Override
    public String hashRefreshToken(String refreshToken) {
        return "hash(" + refreshToken + ")";
    }
}
