package com.jobsphere.application.auth;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.User;

/** The signed-in user. */
public final class GetCurrentUser {
    private final Transactions transactions;

    public GetCurrentUser(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller) {
    }

    public User execute(Query query) {
        return transactions.read(stores -> Lookups.found(stores.users().byId(query.caller().userId()), "User"));
    }
}
