package com.jobsphere.adapters.stripe;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.common.Checks;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.StripeCollection;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment gateway on Stripe's API. Timeouts, retries and the API base are set on the
 * {@link StripeClient} by {@link StripeAdapter}; every write here carries an idempotency key, so
 * stripe-java's own retries and the caller's later retries have one effect.
 *
 * <p>A {@link StripeException} never leaves this class. A refused transfer is a
 * {@link TransferOutcome.Refused}; every other failure is {@link PaymentGatewayUnavailable}, because
 * the caller cannot tell from it whether Stripe acted.
 */
final class StripePaymentGateway implements PaymentGateway {
    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentGateway.class);
    private static final String CURRENCY = "usd";
    private static final String DEPOSIT_PRODUCT_NAME = "JobSphere wallet deposit";
    /** Stripe refuses longer idempotency keys. */
    private static final int MOST_IDEMPOTENCY_KEY_LENGTH = 255;

    private final StripeClient client;
    private final StripeSettings settings;

    StripePaymentGateway(StripeClient client, StripeSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public CheckoutSession createCheckoutSession(DepositId depositId, UserId userId, Money amount) {
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(userId, "userId");
        requirePositive(amount);
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(depositLineItem(amount))
                .setClientReferenceId(depositId.value())
                .putMetadata("depositId", depositId.value())
                .putMetadata("userId", userId.value())
                .setSuccessUrl(settings.successUrl())
                .setCancelUrl(settings.cancelUrl())
                .build();
        Session session = call("create a Checkout Session",
                () -> client.v1().checkout().sessions().create(params, idempotencyKey("checkout-" + depositId)));
        return new CheckoutSession(session.getId(), session.getUrl());
    }

    /**
     * A session is {@code PAID} once it is complete with {@code payment_status=paid} (or
     * {@code no_payment_required}); {@code EXPIRED} once Stripe expired it; otherwise still {@code OPEN}, which
     * includes a completed session whose asynchronous payment (a bank debit) has not cleared yet.
     */
    @Override
    public CheckoutStatus checkoutStatus(String sessionId) {
        requireId(sessionId, "sessionId");
        Session session = call("retrieve a Checkout Session", () -> client.v1().checkout().sessions().retrieve(sessionId));
        CheckoutStatus.State state;
        if ("expired".equals(session.getStatus())) {
            state = CheckoutStatus.State.EXPIRED;
        } else if ("complete".equals(session.getStatus()) && ("paid".equals(session.getPaymentStatus())
                || "no_payment_required".equals(session.getPaymentStatus()))) {
            state = CheckoutStatus.State.PAID;
        } else {
            state = CheckoutStatus.State.OPEN;
        }
        long amountTotal = session.getAmountTotal() == null ? 0 : session.getAmountTotal();
        return new CheckoutStatus(session.getId(), state, amountTotal);
    }

    /**
     * Creates the account with controller properties rather than {@code type=express}: this API
     * version documents {@code type} as deprecated, and these four properties are what Stripe
     * defines an Express account to be.
     */
    @Override
    public String createConnectedAccount(UserId userId, String email) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        AccountCreateParams params = AccountCreateParams.builder()
                .setController(expressController())
                .setEmail(email)
                .putMetadata("userId", userId.value())
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .build();
        Account account = call("create a connected account",
                () -> client.v1().accounts().create(params, idempotencyKey("account-" + userId)));
        return account.getId();
    }

    /**
     * Account links are single-use and expire within minutes, so each call makes a new one. The
     * idempotency key is left to stripe-java, which gives every POST a fresh random one and reuses it
     * across its own retries of that call.
     */
    @Override
    public String createOnboardingLink(String accountId) {
        requireId(accountId, "accountId");
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl(settings.refreshUrl())
                .setReturnUrl(settings.returnUrl())
                .build();
        AccountLink link = call("create an onboarding link", () -> client.v1().accountLinks().create(params));
        return link.getUrl();
    }

    @Override
    public AccountStatus accountStatus(String accountId) {
        requireId(accountId, "accountId");
        Account account = call("retrieve a connected account", () -> client.v1().accounts().retrieve(accountId));
        return new AccountStatus(Boolean.TRUE.equals(account.getDetailsSubmitted()),
                Boolean.TRUE.equals(account.getPayoutsEnabled()));
    }

    /**
     * A card error or an invalid request (insufficient platform balance, an unknown or disabled
     * destination) means Stripe looked at the transfer and will never make it, so it is
     * {@link TransferOutcome.Refused}. Everything else leaves the outcome unknown and throws
     * {@link PaymentGatewayUnavailable}: a timeout or a 5xx may follow a transfer that was made, a
     * rate limit or a conflict on the idempotency key says nothing about the earlier attempt, and an
     * idempotency error means the key was first used with other parameters, which only a person can
     * settle. Retrying with the same key is safe in all of these cases.
     */
    @Override
    public TransferOutcome transfer(String accountId, Money amount, String idempotencyKey) {
        requireId(accountId, "accountId");
        requirePositive(amount);
        requireIdempotencyKey(idempotencyKey);
        // The transfer group carries the key too, so the transfer can still be found after Stripe has
        // forgotten the idempotency key (24 hours): see findTransfer.
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(amount.cents())
                .setCurrency(CURRENCY)
                .setDestination(accountId)
                .setTransferGroup(idempotencyKey)
                .build();
        try {
            Transfer transfer = client.v1().transfers().create(params, idempotencyKey(idempotencyKey));
            return new TransferOutcome.Sent(transfer.getId());
        } catch (CardException | InvalidRequestException e) {
            String reason = refusalReason(e);
            LOG.warn("Stripe refused transfer {} to {}: {} (request {})", idempotencyKey, accountId, reason,
                    e.getRequestId());
            return new TransferOutcome.Refused(reason);
        } catch (StripeException e) {
            throw unavailable("make a transfer", e);
        }
    }

    /** Looks the transfer up by the group it was made with, which is its idempotency key. */
    @Override
    public Optional<String> findTransfer(String idempotencyKey) {
        requireIdempotencyKey(idempotencyKey);
        TransferListParams params = TransferListParams.builder().setTransferGroup(idempotencyKey).setLimit(1L).build();
        StripeCollection<Transfer> found = call("list transfers", () -> client.v1().transfers().list(params));
        return found.getData().stream().findFirst().map(Transfer::getId);
    }

    private static SessionCreateParams.LineItem depositLineItem(Money amount) {
        return SessionCreateParams.LineItem.builder()
                .setQuantity(1L)
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                        .setCurrency(CURRENCY)
                        .setUnitAmount(amount.cents())
                        .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                .setName(DEPOSIT_PRODUCT_NAME)
                                .build())
                        .build())
                .build();
    }

    /** The platform pays the fees and carries the losses, and the contractor gets the Express dashboard. */
    private static AccountCreateParams.Controller expressController() {
        return AccountCreateParams.Controller.builder()
                .setFees(AccountCreateParams.Controller.Fees.builder()
                        .setPayer(AccountCreateParams.Controller.Fees.Payer.APPLICATION)
                        .build())
                .setLosses(AccountCreateParams.Controller.Losses.builder()
                        .setPayments(AccountCreateParams.Controller.Losses.Payments.APPLICATION)
                        .build())
                .setStripeDashboard(AccountCreateParams.Controller.StripeDashboard.builder()
                        .setType(AccountCreateParams.Controller.StripeDashboard.Type.EXPRESS)
                        .build())
                .setRequirementCollection(AccountCreateParams.Controller.RequirementCollection.STRIPE)
                .build();
    }

    private static RequestOptions idempotencyKey(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static <T> T call(String operation, StripeCall<T> call) {
        try {
            return call.call();
        } catch (StripeException e) {
            throw unavailable(operation, e);
        }
    }

    private static PaymentGatewayUnavailable unavailable(String operation, StripeException e) {
        LOG.warn("Stripe could not {}: HTTP {}, {} (request {})", operation, e.getStatusCode(),
                e.getClass().getSimpleName(), e.getRequestId());
        return new PaymentGatewayUnavailable("Stripe could not " + operation + ": " + e.getMessage(), e);
    }

    /** Stripe's own message is meant for people, so it is the reason; the code and request id are logged. */
    private static String refusalReason(StripeException e) {
        if (e.getStripeError() != null && e.getStripeError().getMessage() != null) {
            return e.getStripeError().getMessage();
        }
        return "Stripe refused the transfer";
    }

    private static void requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        Checks.require(!id.isBlank(), name + " must not be blank");
    }

    private static void requirePositive(Money amount) {
        Objects.requireNonNull(amount, "amount");
        Checks.require(!amount.isZero(), "amount must be positive");
    }

    private static void requireIdempotencyKey(String key) {
        requireId(key, "idempotencyKey");
        Checks.require(key.length() <= MOST_IDEMPOTENCY_KEY_LENGTH,
                "idempotencyKey must be at most " + MOST_IDEMPOTENCY_KEY_LENGTH + " characters");
    }

    /** One call to stripe-java, which reports every failure as a checked {@link StripeException}. */
    @FunctionalInterface
    private interface StripeCall<T> {
        T call() throws StripeException;
    }
}
