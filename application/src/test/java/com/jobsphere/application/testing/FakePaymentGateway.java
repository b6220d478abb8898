package com.jobsphere.application.testing;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory payment gateway with failure switches, for use-case tests. Like Stripe, a transfer or a
 * Checkout Session repeated with the same idempotency key has one effect.
 */
public final class FakePaymentGateway implements PaymentGateway {
    private final Map<String, String> transfersByKey = new HashMap<>();
    private final Map<String, String> transfersByGroup = new HashMap<>();
    private final List<String> transferLog = new ArrayList<>();
    private final Map<String, AccountStatus> accounts = new HashMap<>();
    private final Map<String, CheckoutStatus> sessions = new HashMap<>();
    private final List<String> sessionLog = new ArrayList<>();
    private boolean refuseNextTransfer;
    private boolean timeOutNextCall;
    private boolean failNextCallUnseen;
    private int sequence;

    public synchronized void refuseNextTransfer() {
        refuseNextTransfer = true;
    }

    /**
     * The next call fails with an unknown outcome after it took effect: the session or the transfer exists,
     * the answer is lost. The worst case for a caller that must not pay twice.
     */
    public synchronized void timeOutNextCall() {
        timeOutNextCall = true;
    }

    /** The next call fails with an unknown outcome before the provider saw it: nothing was made. */
    public synchronized void failNextCallUnseen() {
        failNextCallUnseen = true;
    }

    public synchronized void enablePayouts(String accountId) {
        accounts.put(accountId, new AccountStatus(true, true));
    }

    /**
     * The provider forgets the idempotency keys it saw, as Stripe does after 24 hours: a repeated key then makes a
     * new transfer. Transfers already made can still be found by the key they were made with.
     */
    public synchronized void forgetIdempotencyKeys() {
        transfersByKey.clear();
    }

    /** The payer paid the session, for its whole amount. */
    public synchronized void payCheckout(String sessionId) {
        CheckoutStatus session = sessions.get(sessionId);
        sessions.put(sessionId, new CheckoutStatus(sessionId, CheckoutStatus.State.PAID, session.amountTotalCents()));
    }

    /** The session expired unpaid. */
    public synchronized void expireCheckout(String sessionId) {
        CheckoutStatus session = sessions.get(sessionId);
        sessions.put(sessionId, new CheckoutStatus(sessionId, CheckoutStatus.State.EXPIRED, session.amountTotalCents()));
    }

    /** Every distinct transfer that was made, one entry per idempotency key. */
    public synchronized List<String> transfersMade() {
        return List.copyOf(transferLog);
    }

    /** Every distinct Checkout Session that was made, one per deposit. */
    public synchronized List<String> sessionsMade() {
        return List.copyOf(sessionLog);
    }

    @Override
    public synchronized CheckoutSession createCheckoutSession(DepositId depositId, UserId userId, Money amount) {
        failIfUnseen();
        String sessionId = "cs_test_" + depositId;
        if (sessions.putIfAbsent(sessionId, new CheckoutStatus(sessionId, CheckoutStatus.State.OPEN, amount.cents())) == null) {
            sessionLog.add(sessionId);
        }
        failIfTimingOut();
        return new CheckoutSession(sessionId, "https://checkout.example/" + sessionId);
    }

    @Override
    public synchronized CheckoutStatus checkoutStatus(String sessionId) {
        failIfUnseen();
        failIfTimingOut();
        CheckoutStatus status = sessions.get(sessionId);
        if (status == null) {
            throw new PaymentGatewayUnavailable("unknown session " + sessionId, null);
        }
        return status;
    }

    @Override
    public synchronized String createConnectedAccount(UserId userId, String email) {
        failIfUnseen();
        String accountId = "acct_" + userId;
        accounts.putIfAbsent(accountId, new AccountStatus(false, false));
        failIfTimingOut();
        return accountId;
    }

    @Override
    public synchronized String createOnboardingLink(String accountId) {
        failIfUnseen();
        failIfTimingOut();
        return "https://connect.example/" + accountId + "/" + (++sequence);
    }

    @Override
    public synchronized AccountStatus accountStatus(String accountId) {
        failIfUnseen();
        failIfTimingOut();
        AccountStatus status = accounts.get(accountId);
        if (status == null) {
            throw new PaymentGatewayUnavailable("unknown account", null);
        }
        return status;
    }

    @Override
    public synchronized TransferOutcome transfer(String accountId, Money amount, String idempotencyKey) {
        failIfUnseen();
        if (refuseNextTransfer) {
            refuseNextTransfer = false;
            return new TransferOutcome.Refused("Insufficient funds in the platform balance");
        }
        String transferId = transfersByKey.computeIfAbsent(idempotencyKey, key -> {
            transferLog.add(key + ":" + amount.cents() + ":" + accountId);
            String id = "tr_" + (++sequence);
            transfersByGroup.put(key, id);
            return id;
        });
        failIfTimingOut();
        return new TransferOutcome.Sent(transferId);
    }

    @Override
    public synchronized Optional<String> findTransfer(String idempotencyKey) {
        failIfUnseen();
        failIfTimingOut();
        return Optional.ofNullable(transfersByGroup.get(idempotencyKey));
    }

    private void failIfTimingOut() {
        if (timeOutNextCall) {
            timeOutNextCall = false;
            throw new PaymentGatewayUnavailable("timed out", null);
        }
    }

    private void failIfUnseen() {
        if (failNextCallUnseen) {
            failNextCallUnseen = false;
            throw new PaymentGatewayUnavailable("connection refused", null);
        }
    }
}
