package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** An admin freezes or unfreezes a user's wallet. A frozen wallet cannot deposit, withdraw, offer or be charged. */
public final class SetWalletFrozen {
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SetWalletFrozen(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public Wallet freeze(Caller caller, String userId, String reason) {
        AdminOnly.require(caller);
        String why = Inputs.text(reason, "reason", 1, 1000);
        return change(userId, wallet -> wallet.freeze(why, clock.instant()));
    }

    public Wallet unfreeze(Caller caller, String userId) {
        AdminOnly.require(caller);
        return change(userId, wallet -> wallet.unfreeze(clock.instant()));
    }

    private Wallet change(String userId, UnaryOperator<Wallet> change) {
        return unitOfWork.inTransaction(stores -> {
            Wallet changed = change.apply(Lookups.found(stores.wallets().lockByUser(userId), "User"));
            stores.wallets().save(changed);
            return changed;
        });
    }
}
