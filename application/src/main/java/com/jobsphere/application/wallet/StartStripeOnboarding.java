package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * A contractor gets a Connect onboarding link, in phases with the provider called between them:
 * <ol>
 * <li>the user and any stored connected account are read;
 * <li>if there is none, the gateway creates one (idempotent on the user, so a retry gets the same account) and
 * it is stored, once, whoever stores it first;
 * <li>the gateway makes a fresh link, and the response is recorded.
 * </ol>
 * The stored account is itself the recovery point: a retry finds it and goes straight to the link.
 */
public final class StartStripeOnboarding {
    private final Transactions transactions;
    private final PaymentGateway gateway;
    private final Clock clock;

    public StartStripeOnboarding(Transactions transactions, PaymentGateway gateway, Clock clock) {
        this.transactions = transactions;
        this.gateway = gateway;
        this.clock = clock;
    }

    public record Command(Caller caller, IdempotentRequest<String> request) {
    }

    /** Returns the onboarding URL. */
    public String execute(Command command) {
        Caller caller = command.caller().requireRole(Role.CONTRACTOR);
        return transactions.holding(command.request(), () -> {
            Known known = transactions.phase(command.request(), (stores, progress) -> new Known(
                    Lookups.found(stores.users().byId(caller.userId()), "User"),
                    stores.connectedAccounts().byUser(caller.userId())));
            String accountId = known.account().map(ConnectedAccount::accountId)
                    .orElseGet(() -> createAccount(command, known.user()));
            String url = gateway.createOnboardingLink(accountId);
            return transactions.run(command.request(), stores -> url);
        });
    }

    private record Known(User user, Optional<ConnectedAccount> account) {
    }

    /** The first account stored for the user wins; the gateway's idempotency gives every caller that same one. */
    private String createAccount(Command command, User user) {
        String created = gateway.createConnectedAccount(user.id(), user.email().value());
        return transactions.phase(command.request(), (stores, progress) -> {
            Optional<ConnectedAccount> stored = stores.connectedAccounts().byUser(user.id());
            if (stored.isPresent()) {
                return stored.get().accountId();
            }
            stores.connectedAccounts().add(new ConnectedAccount(user.id(), created, false, false, clock.instant()));
            return created;
        });
    }
}
