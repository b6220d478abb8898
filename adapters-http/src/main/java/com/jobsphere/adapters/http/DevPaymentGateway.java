package com.jobsphere.adapters.http;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.money.Money;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The development payment gateway (CONTRACT.md §10), used when no Stripe key is configured: deposits
 * work end to end on one machine and no real money moves. Checkout and onboarding links point at local
 * pages ({@code /dev/checkout/<sessionId>}, {@code /dev/connect/<accountId>}) that {@link HttpAdapter}
 * serves when it is given this gateway; paying there goes through the same use case as a verified
 * Stripe event. Transfers succeed at once. Everything is kept in memory, within fixed limits.
 */
public final class DevPaymentGateway implements PaymentGateway {
    static final String NOTICE = "Development payment gateway \u2014 no real money moves.";
    static final String ACCOUNT_PREFIX = "acct_dev_";
    /** A bound on each in-memory map, so a long-running development server cannot grow without limit. */
    static final int MAXIMUM_ENTRIES = 100_000;

    /** One Checkout Session: which deposit it pays, for whom, and how much. */
    record Session(String sessionId, String depositId, String userId, Money amount) {
    }

    private final String publicBaseUrl;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Session> sessionsById = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> sessionIdByDeposit = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> accountIdByUser = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AccountStatus> accounts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> transferIdByKey = new ConcurrentHashMap<>();
    private final AtomicLong accountEvents = new AtomicLong();

    private DevPaymentGateway(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** {@code publicBaseUrl} is where this server is reached from a browser, e.g. {@code http://localhost:3000}. */
    public static DevPaymentGateway create(String publicBaseUrl) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return new DevPaymentGateway(base);
    }

    @Override
    public CheckoutSession createCheckoutSession(String depositId, String userId, Money amount) {
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        requireRoom(sessionsById.size());
        String sessionId = sessionIdByDeposit.computeIfAbsent(depositId, deposit -> {
            String id = "cs_dev_" + randomToken();
            sessionsById.put(id, new Session(id, deposit, userId, amount));
            return id;
        });
        return new CheckoutSession(sessionId, publicBaseUrl + "/dev/checkout/" + sessionId);
    }

    @Override
    public String createConnectedAccount(String userId, String email) {
        Objects.requireNonNull(userId, "userId");
        requireRoom(accounts.size());
        return accountIdByUser.computeIfAbsent(userId, user -> {
            String id = ACCOUNT_PREFIX + randomToken();
            accounts.put(id, new AccountStatus(false, false));
            return id;
        });
    }

    /**
     * Accounts live only in memory, so an account stored by an earlier run of the server is adopted
     * (not yet enabled) rather than leading to a dead page.
     */
    @Override
    public String createOnboardingLink(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        if (accountId.startsWith(ACCOUNT_PREFIX)) {
            accounts.putIfAbsent(accountId, new AccountStatus(false, false));
        }
        return publicBaseUrl + "/dev/connect/" + accountId;
    }

    /** An unknown account is reported as unavailable, so that the state the service stored is kept. */
    @Override
    public AccountStatus accountStatus(String accountId) {
        AccountStatus status = accountId == null ? null : accounts.get(accountId);
        if (status == null) {
            throw new PaymentGatewayUnavailable("The development gateway does not know account " + accountId
                    + " (it keeps accounts in memory only)", null);
        }
        return status;
    }

    @Override
    public TransferOutcome transfer(String accountId, Money amount, String idempotencyKey) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        requireRoom(transferIdByKey.size());
        return new TransferOutcome.Sent(transferIdByKey.computeIfAbsent(idempotencyKey, key -> "tr_dev_" + randomToken()));
    }

    Optional<Session> session(String sessionId) {
        return sessionId == null ? Optional.empty() : Optional.ofNullable(sessionsById.get(sessionId));
    }

    Optional<AccountStatus> account(String accountId) {
        return accountId == null ? Optional.empty() : Optional.ofNullable(accounts.get(accountId));
    }

    /** Marks the account as onboarded: details submitted and payouts enabled. Returns false if unknown. */
    boolean enablePayouts(String accountId) {
        return accounts.computeIfPresent(accountId, (id, status) -> new AccountStatus(true, true)) != null;
    }

    /** A fresh id for an {@code account.updated} event, so each enabling is a new event. */
    String nextAccountEventId(String accountId) {
        return "evt_dev_acct_" + accountId + "_" + accountEvents.incrementAndGet();
    }

    private static void requireRoom(int size) {
        if (size >= MAXIMUM_ENTRIES) {
            throw new PaymentGatewayUnavailable("The development gateway is full; restart the server", null);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
