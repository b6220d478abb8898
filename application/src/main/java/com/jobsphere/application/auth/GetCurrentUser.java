package com.jobsphere.application.auth;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.User;

/** The signed-in user. */
public final class GetCurrentUser {
    private final Transactions transactions;

    public GetCurrentUser(Transactions transactions) {
        this.transactions = transactions;
    }

    public User execute(Caller caller) {
        return transactions.run(stores -> Lookups.found(stores.users().byId(caller.userId()), "User"));
    }
}
