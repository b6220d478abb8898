package com.jobsphere.application.port;

import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import java.util.Optional;

/**
 * The payment provider: Stripe, or the development gateway. Never called inside a database
 * transaction. Every write carries an idempotency key, so a repeated call has one effect.
 * A call whose outcome is unknown (timeout, 5xx, network) throws {@link PaymentGatewayUnavailable}.
 */
public interface PaymentGateway {
    /**
     * Creates a Checkout Session for a pending deposit. Idempotent on {@code depositId}: calling it again for the
     * same deposit (within the provider's 24-hour idempotency window) returns the same session.
     */
    CheckoutSession createCheckoutSession(DepositId depositId, UserId userId, Money amount);

    /** What the provider says of a Checkout Session now: open, paid, or expired. */
    CheckoutStatus checkoutStatus(String sessionId);

    /** Creates an Express connected account for a contractor. Idempotent on {@code userId}. */
    String createConnectedAccount(UserId userId, String email);

    /** Makes a fresh onboarding link for the account. */
    String createOnboardingLink(String accountId);

    /** What the provider says of the account now. */
    AccountStatus accountStatus(String accountId);

    /**
     * Sends {@code amount} to the connected account. The same {@code idempotencyKey} never pays twice.
     * A refusal by the provider (the transfer will never happen) is returned as {@link TransferOutcome.Refused}.
     */
    TransferOutcome transfer(String accountId, Money amount, String idempotencyKey);

    /**
     * The transfer made earlier with this idempotency key, if the provider has one. Together with
     * {@link #transfer} (which, within the provider's idempotency window, returns the first transfer for a
     * repeated key) this settles a transfer whose outcome was never recorded.
     */
    Optional<String> findTransfer(String idempotencyKey);

    /** A hosted payment page for one deposit. */
    record CheckoutSession(String sessionId, String checkoutUrl) {
    }

    /**
     * A Checkout Session's state as far as a deposit cares: {@code PAID} (the money was received, for
     * {@code amountTotalCents}), {@code OPEN} (not paid yet, or an asynchronous payment still on its way), or
     * {@code EXPIRED} (it can never be paid).
     */
    record CheckoutStatus(String sessionId, State state, long amountTotalCents) {
        public enum State { OPEN, PAID, EXPIRED }
    }

    /** {@code detailsSubmitted} and {@code payoutsEnabled} of a connected account. */
    record AccountStatus(boolean detailsSubmitted, boolean payoutsEnabled) {
    }

    /** The end of a transfer attempt whose outcome is known. */
    sealed interface TransferOutcome {
        record Sent(String transferId) implements TransferOutcome {
        }

        record Refused(String reason) implements TransferOutcome {
        }
    }
}
