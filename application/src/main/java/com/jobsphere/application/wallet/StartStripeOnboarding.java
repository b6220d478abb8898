package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * A contractor gets a Connect onboarding link. The connected account is created once (the gateway call
 * is idempotent on the user) and reused; a fresh link is made on every call.
 */
public final class StartStripeOnboarding {
    private final UnitOfWork unitOfWork;
    private final PaymentGateway gateway;
    private final Clock clock;

    public StartStripeOnboarding(UnitOfWork unitOfWork, PaymentGateway gateway, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Returns the onboarding URL. */
    public String execute(Caller caller) {
        caller.requireRole(Role.CONTRACTOR);
        Known known = unitOfWork.inTransaction(stores -> new Known(
                Lookups.found(stores.users().byId(caller.userId()), "User"),
                stores.connectedAccounts().byUser(caller.userId())));
        String accountId = known.account().map(ConnectedAccount::accountId).orElseGet(() -> createAccount(known.user()));
        return gateway.createOnboardingLink(accountId);
    }

    private record Known(User user, Optional<ConnectedAccount> account) {
    }

    private String createAccount(User user) {
        String accountId = gateway.createConnectedAccount(user.id(), user.email().value());
        try {
            unitOfWork.inTransaction(stores -> {
                stores.connectedAccounts().add(new ConnectedAccount(user.id(), accountId, false, false, clock.instant()));
                return null;
            });
            return accountId;
        } catch (ConcurrentUpdate raced) {
            // A concurrent call stored the account first; the gateway's idempotency gave both the same one.
            return unitOfWork.inTransaction(stores -> Lookups.found(stores.connectedAccounts().byUser(user.id()), "Connected account"))
                    .accountId();
        }
    }
}
