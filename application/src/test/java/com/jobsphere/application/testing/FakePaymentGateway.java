package com.jobsphere.application.testing;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory payment gateway with failure switches, for use-case tests. Like Stripe, a transfer
 * repeated with the same idempotency key has one effect.
 */
public final class FakePaymentGateway implements PaymentGateway {
    private final Map<String, String> transfersByKey = new HashMap<>();
    private final List<String> transferLog = new ArrayList<>();
    private final Map<String, AccountStatus> accounts = new HashMap<>();
    private boolean refuseNextTransfer;
    private boolean timeOutNextCall;
    private int sequence;

    public synchronized void refuseNextTransfer() {
        refuseNextTransfer = true;
    }

    /** The next call fails with an unknown outcome; for a transfer, the money does move (the worst case). */
    public synchronized void timeOutNextCall() {
        timeOutNextCall = true;
    }

    public synchronized void enablePayouts(String accountId) {
        accounts.put(accountId, new AccountStatus(true, true));
    }

    /** Every distinct transfer that was made, one entry per idempotency key. */
    public synchronized List<String> transfersMade() {
        return List.copyOf(transferLog);
    }

    @Override
    public synchronized CheckoutSession createCheckoutSession(String depositId, String userId, Money amount) {
        failIfTimingOut();
        String sessionId = "cs_test_" + depositId;
        return new CheckoutSession(sessionId, "https://checkout.example/" + sessionId);
    }

    @Override
    public synchronized String createConnectedAccount(String userId, String email) {
        failIfTimingOut();
        String accountId = "acct_" + userId;
        accounts.putIfAbsent(accountId, new AccountStatus(false, false));
        return accountId;
    }

    @Override
    public synchronized String createOnboardingLink(String accountId) {
        failIfTimingOut();
        return "https://connect.example/" + accountId + "/" + (++sequence);
    }

    @Override
    public synchronized AccountStatus accountStatus(String accountId) {
        failIfTimingOut();
        AccountStatus status = accounts.get(accountId);
        if (status == null) {
            throw new PaymentGatewayUnavailable("unknown account", null);
        }
        return status;
    }

    @Override
    public synchronized TransferOutcome transfer(String accountId, Money amount, String idempotencyKey) {
        if (refuseNextTransfer) {
            refuseNextTransfer = false;
            return new TransferOutcome.Refused("Insufficient funds in the platform balance");
        }
        String transferId = transfersByKey.computeIfAbsent(idempotencyKey, key -> {
            transferLog.add(key + ":" + amount.cents() + ":" + accountId);
            return "tr_" + (++sequence);
        });
        failIfTimingOut();
        return new TransferOutcome.Sent(transferId);
    }

    private void failIfTimingOut() {
        if (timeOutNextCall) {
            timeOutNextCall = false;
            throw new PaymentGatewayUnavailable("timed out", null);
        }
    }
}
