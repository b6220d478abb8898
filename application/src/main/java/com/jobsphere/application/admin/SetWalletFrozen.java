package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** An admin freezes or unfreezes a user's wallet. A frozen wallet cannot deposit, withdraw, offer or be charged. */
public final class SetWalletFrozen {
    private final Transactions transactions;
    private final Clock clock;

    public SetWalletFrozen(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** {@code frozen} true freezes, with a {@code reason}; false unfreezes and needs none. */
    public record Command(Caller caller, UserId userId, boolean frozen, String reason, IdempotentRequest<Wallet> request) {
    }

    public Wallet execute(Command command) {
        command.caller().requireAdmin();
        UnaryOperator<Wallet> change;
        if (command.frozen()) {
            String why = Inputs.text(command.reason(), "reason", 1, 1000);
            change = wallet -> wallet.freeze(why, clock.instant());
        } else {
            change = wallet -> wallet.unfreeze(clock.instant());
        }
        return transactions.run(command.request(), stores -> {
            Wallet changed = change.apply(Lookups.found(stores.wallets().lockByUser(command.userId()), "User"));
            stores.wallets().save(changed);
            return changed;
        });
    }
}
