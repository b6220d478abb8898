package com.jobsphere.application.auth;

import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Caller;

/** Revokes one refresh token so it never refreshes again. Unknown tokens are ignored: logging out is idempotent. */
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
            stores.refreshTokens().lockByHash(hash).ifPresent(record -> stores.refreshTokens().save(record.revoke()));
            return null;
        });
    }
}
