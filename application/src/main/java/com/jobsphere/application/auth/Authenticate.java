package com.jobsphere.application.auth;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.user.Caller;

/**
 * Who is calling: the access token's user, as long as that user still exists. A token outlives nothing it names: a
 * user removed from the database is refused with 401 on every request, not served as a stranger the stores no
 * longer know. One read by primary key, outside any transaction.
 */
public final class Authenticate {
    static final String INVALID_ACCESS_TOKEN = "Invalid access token";

    private final Transactions transactions;
    private final Tokens tokens;

    public Authenticate(Transactions transactions, Tokens tokens) {
        this.transactions = transactions;
        this.tokens = tokens;
    }

    public record Query(String accessToken) {
    }

    public Caller execute(Query query) {
        Caller caller = tokens.verifyAccessToken(query.accessToken());
        if (!transactions.read(stores -> stores.users().exists(caller.userId()))) {
            throw unknownCaller();
        }
        return caller;
    }

    /** The token's caller, verified without reading the user: for a use case whose read proves the user exists. */
    public ClaimedCaller claim(Query query) {
        return new ClaimedCaller(tokens.verifyAccessToken(query.accessToken()));
    }

    /** What a request gets whose valid token names a user who no longer exists. */
    public static Unauthenticated unknownCaller() {
        return new Unauthenticated(INVALID_ACCESS_TOKEN);
    }
}
