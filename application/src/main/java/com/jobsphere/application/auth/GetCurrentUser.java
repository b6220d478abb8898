package com.jobsphere.application.auth;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.user.User;

/** The signed-in user. */
public final class GetCurrentUser {
    private final UnitOfWork unitOfWork;

    public GetCurrentUser(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public User execute(Caller caller) {
        return unitOfWork.inTransaction(stores -> Lookups.found(stores.users().byId(caller.userId()), "User"));
    }
}
