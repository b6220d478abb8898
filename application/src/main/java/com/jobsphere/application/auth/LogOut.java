package com.jobsphere.application.auth;

import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Caller;

/**
 * Revokes the caller's own refresh token so it never refreshes again. Unknown tokens are ignored: logging out is
 * idempotent. Another user's token is refused (403) and stays valid: a token is not a capability to end someone
 * else's session.
 */
public final class LogOut {
    private final Transactions transactions;
    private final Tokens tokens;

    public LogOut(Transactions transactions, Tokens tokens) {
        this.transactions = transactions;
        this.tokens = tokens;
    }

    public record Command(Caller caller, String refreshToken) {
    }

    public void execute(Command command) {
        String refreshToken = command.refreshToken();
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new ValidationFailed("refreshToken", "refreshToken is required");
        }
        String hash = tokens.hashRefreshToken(refreshToken);
        transactions.run(stores -> {
            stores.refreshTokens().lockByHash(hash).ifPresent(record -> {
                if (!command.caller().is(record.userId())) {
                    throw new Forbidden("You can only log out of your own session");
                }
                stores.refreshTokens().save(record.revoke());
            });
            return null;
        });
    }
}
