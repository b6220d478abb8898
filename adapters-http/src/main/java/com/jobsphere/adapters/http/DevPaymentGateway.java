package com.jobsphere.adapters.http;

import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The development payment gateway (CONTRACT.md §10), used when no Stripe key is configured: deposits work end to
 * end on one machine and no real money moves. Checkout and onboarding links point at local pages
 * ({@code /dev/checkout/<sessionId>}, {@code /dev/connect/<accountId>}) that {@link HttpAdapter} serves when it
 * is given this gateway; paying there goes through the same use case as a verified Stripe event. Transfers
 * succeed at once. What a provider would remember (sessions, accounts, transfers by key) is kept in the database
 * through {@link DevGatewayStore}, so a restart or a second instance serves the same pages and answers the
 * janitor's questions the way Stripe would.
 */
public final class DevPaymentGateway implements PaymentGateway {
    static final String NOTICE = "Development payment gateway \u2014 no real money moves.";
    /** Stripe's Checkout Sessions expire after 24 hours unless paid; so do these. */
    static final Duration SESSION_LIFETIME = Duration.ofHours(24);

    private final String publicBaseUrl;
    private final DevGatewayStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private DevPaymentGateway(String publicBaseUrl, DevGatewayStore store, Clock clock) {
        this.publicBaseUrl = publicBaseUrl;
        this.store = store;
        this.clock = clock;
    }

    /** {@code publicBaseUrl} is where this server is reached from a browser, e.g. {@code http://localhost:3000}. */
    public static DevPaymentGateway create(String publicBaseUrl, DevGatewayStore store, Clock clock) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return new DevPaymentGateway(base, store, clock);
    }

    @Override
    public CheckoutSession createCheckoutSession(DepositId depositId, UserId userId, Money amount) {
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        DevGatewayStore.Session session = store.sessionFor(depositId.value(), userId.value(), amount.cents(), "cs_dev_" + randomToken(),
                clock.instant());
        return new CheckoutSession(session.sessionId(), publicBaseUrl + "/dev/checkout/" + session.sessionId());
    }

    /** An open session older than {@link #SESSION_LIFETIME} is expired, as Stripe's would be. */
    @Override
    public CheckoutStatus checkoutStatus(String sessionId) {
        DevGatewayStore.Session session = session(sessionId).orElseThrow(() ->
                new PaymentGatewayUnavailable("The development gateway has no session " + sessionId, null));
        CheckoutStatus.State state = switch (session.state()) {
            case PAID -> CheckoutStatus.State.PAID;
            case EXPIRED -> CheckoutStatus.State.EXPIRED;
            case OPEN -> session.createdAt().plus(SESSION_LIFETIME).isAfter(clock.instant())
                    ? CheckoutStatus.State.OPEN : CheckoutStatus.State.EXPIRED;
        };
        return new CheckoutStatus(sessionId, state, session.amountCents());
    }

    @Override
    public String createConnectedAccount(UserId userId, String email) {
        Objects.requireNonNull(userId, "userId");
        return store.accountFor(userId.value(), "acct_dev_" + randomToken());
    }

    @Override
    public String createOnboardingLink(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return publicBaseUrl + "/dev/connect/" + accountId;
    }

    /** An unknown account is reported as unavailable, so that the state the service stored is kept. */
    @Override
    public AccountStatus accountStatus(String accountId) {
        return account(accountId).orElseThrow(() ->
                new PaymentGatewayUnavailable("The development gateway does not know account " + accountId, null));
    }

    @Override
    public TransferOutcome transfer(String accountId, Money amount, String idempotencyKey) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return new TransferOutcome.Sent(store.transferFor(idempotencyKey, accountId, amount.cents(),
                "tr_dev_" + randomToken(), clock.instant()));
    }

    @Override
    public Optional<String> findTransfer(String idempotencyKey) {
        return store.transfer(Objects.requireNonNull(idempotencyKey, "idempotencyKey"));
    }

    Optional<DevGatewayStore.Session> session(String sessionId) {
        return sessionId == null ? Optional.empty() : store.session(sessionId);
    }

    /** Records the payer's choice on the page; false if the session was no longer open. */
    boolean close(String sessionId, DevGatewayStore.Session.State end) {
        return store.closeSession(sessionId, end);
    }

    Optional<AccountStatus> account(String accountId) {
        return accountId == null ? Optional.empty() : store.account(accountId);
    }

    /** Marks the account as onboarded: details submitted and payouts enabled. Returns false if unknown. */
    boolean enablePayouts(String accountId) {
        return store.enablePayouts(accountId);
    }

    /** A fresh id for a development event, so each is applied once and two are never confused. */
    String newEventId(String kind) {
        return "evt_dev_" + kind + "_" + randomToken();
    }

    private String randomToken() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
