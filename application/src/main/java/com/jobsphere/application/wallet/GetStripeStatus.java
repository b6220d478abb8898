package com.jobsphere.application.wallet;

import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.common.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * Whether the caller's connected account is set up. It asks the gateway for the account's current
 * state and stores it; if the gateway cannot be reached, the latest stored state (from the last call
 * or {@code account.updated} event) answers.
 */
public final class GetStripeStatus {
    private final Transactions transactions;
    private final PaymentGateway gateway;
    private final Clock clock;

    public GetStripeStatus(Transactions transactions, PaymentGateway gateway, Clock clock) {
        this.transactions = transactions;
        this.gateway = gateway;
        this.clock = clock;
    }

    public record Result(boolean isConnected, boolean canReceivePayouts) {
    }

    public record Query(Caller caller) {
    }

    public Result execute(Query query) {
        Caller caller = query.caller();
        Optional<ConnectedAccount> stored = transactions.read(stores -> stores.connectedAccounts().byUser(caller.userId()));
        if (stored.isEmpty()) {
            return new Result(false, false);
        }
        ConnectedAccount account = stored.get();
        try {
            PaymentGateway.AccountStatus status = gateway.accountStatus(account.accountId());
            account = account.withStatus(status.detailsSubmitted(), status.payoutsEnabled(), clock.instant());
            ConnectedAccount fresh = account;
            transactions.run(stores -> {
                stores.connectedAccounts().save(fresh);
                return null;
            });
        } catch (PaymentGatewayUnavailable e) {
            // The stored state is the best answer available; the next call will refresh it.
        }
        return new Result(account.detailsSubmitted(), account.payoutsEnabled());
    }
}
