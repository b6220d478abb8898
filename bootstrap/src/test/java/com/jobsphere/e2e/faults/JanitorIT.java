package com.jobsphere.e2e.faults;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.stripe.StripeSteps;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The janitor (CONTRACT.md §11) settles what a lost answer or a missing webhook left half done, against a fake
 * Stripe, with two instances whose janitors both run every second: whichever gets there, the contractor is paid
 * once and a deposit credited once.
 *
 * <p>Each withdrawal is left {@code processing} while the test holds the janitors out ({@link JanitorPause}):
 * with no age limit, a janitor would otherwise settle it, or take the fake's armed failure for its own request,
 * before the test has seen the half-done state. Deposits are given two seconds before the janitor looks at them:
 * with none, it could fail a deposit of the set-up between its start's phases, as one that never got a Checkout
 * Session.
 */
class JanitorIT {
    private static final int READ_TIMEOUT_MILLIS = 1000;
    /** The janitor runs every second; fifteen leave room for a slow machine without hiding a janitor that never runs. */
    private static final Duration JANITOR_DEADLINE = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 50;

    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of(
            "STRIPE_READ_TIMEOUT_MILLIS", Integer.toString(READ_TIMEOUT_MILLIS),
            "STRIPE_MAX_NETWORK_RETRIES", "0",
            "JANITOR_INTERVAL_SECONDS", "1",
            "JANITOR_WITHDRAWAL_AGE_SECONDS", "0",
            "JANITOR_DEPOSIT_AGE_SECONDS", "2")).withInstances(2);

    private static Marketplace market;
    private static FakeStripe stripe;
    private static StripeSteps steps;
    private static Psql psql;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        stripe = service.stripe();
        steps = new StripeSteps(service);
        psql = Psql.on(service.database());
    }

    @Test
    void aTransferWhoseAnswerWasLostIsCompletedByTheJanitorWithTheOneTransferStripeMade() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");
        JanitorPause.during(psql, () -> {
            approvalLeftProcessing(pending, () -> stripe.timeOutNextRequest(Duration.ofMillis(READ_TIMEOUT_MILLIS * 3L)));
            assertThat(transfersTo(pending.accountId())).as("the fake made it; only its answer was lost").hasSize(1);
        });

        assertCompletedByTheJanitorWithOneTransfer(pending);
    }

    @Test
    void aTransferStripeNeverSawIsMadeByTheJanitorOnce() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");
        JanitorPause.during(psql, () -> {
            approvalLeftProcessing(pending, stripe::failNextRequest);
            assertThat(transfersTo(pending.accountId())).isEmpty();
        });

        assertCompletedByTheJanitorWithOneTransfer(pending);
    }

    @Test
    void aTransferStripeRefusesToTheJanitorFailsTheWithdrawalAndReturnsTheFunds() {
        StripeSteps.PendingWithdrawal pending = steps.pendingWithdrawal("50");
        JanitorPause.during(psql, () -> {
            approvalLeftProcessing(pending, stripe::failNextRequest);
            stripe.refuseNextTransfer();
        });

        assertThat(awaitWithdrawalSettled(pending.withdrawalId())).isEqualTo("failed");
        assertThat(transfersTo(pending.accountId())).isEmpty();
        assertThat(market.wallet(pending.contractor()).text()).contains("\"balance\":80.00")
                .contains("\"totalWithdrawals\":0.00");
    }

    @Test
    void aPaidCheckoutWhoseWebhookNeverCameIsCreditedOnceByTheJanitorAndTheLateWebhookAddsNothing() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        stripe.payCheckoutSession(deposit.sessionId());

        assertThat(awaitDepositSettled(deposit.depositId())).isEqualTo("completed");
        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
        Response late = steps.deliver(StripeSignatures.checkoutSessionCompleted(deposit.sessionId(),
                deposit.depositId(), deposit.amountCents()).json());
        assertThat(late.status()).as("%s", late).isEqualTo(200);
        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
        assertThat(depositCredits(customer)).isEqualTo(1);
    }

    /**
     * The admin approves with {@code fault} armed at the fake: the outcome of the transfer is unknown (502), and the
     * withdrawal stays {@code processing} for someone to settle.
     */
    private static void approvalLeftProcessing(StripeSteps.PendingWithdrawal pending, Runnable fault) {
        fault.run();
        Response unknown = market.approveWithdrawal(pending.withdrawalId());
        assertThat(unknown.status()).as("%s", unknown).isEqualTo(502);
        assertThat(withdrawalStatus(pending.withdrawalId())).isEqualTo("processing");
    }

    /** The janitors, let in, complete the withdrawal: one transfer, made with one key, paid once. */
    private static void assertCompletedByTheJanitorWithOneTransfer(StripeSteps.PendingWithdrawal pending) {
        assertThat(awaitWithdrawalSettled(pending.withdrawalId())).isEqualTo("completed");
        assertThat(transfersTo(pending.accountId())).hasSize(1);
        assertThat(transferKeysTo(pending.accountId())).hasSize(1);
        assertThat(market.wallet(pending.contractor()).text()).contains("\"balance\":30.00")
                .contains("\"totalWithdrawals\":50.00");
    }

    private static String withdrawalStatus(String withdrawalId) {
        return psql.text("select status from withdrawals where id = ?", withdrawalId);
    }

    /** Waits for the janitor to drive the withdrawal out of {@code processing}; returns where it ended. */
    private static String awaitWithdrawalSettled(String withdrawalId) {
        return awaitLeaving("processing", () -> withdrawalStatus(withdrawalId), "withdrawal " + withdrawalId);
    }

    /** Waits for the janitor to take the deposit out of {@code pending}; returns where it ended. */
    private static String awaitDepositSettled(String depositId) {
        return awaitLeaving("pending", () -> psql.text("select status from deposits where id = ?", depositId),
                "deposit " + depositId);
    }

    private static String awaitLeaving(String state, Supplier<String> status, String what) {
        long deadline = System.nanoTime() + JANITOR_DEADLINE.toNanos();
        String current = status.get();
        while (current.equals(state)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " was still " + state + " " + JANITOR_DEADLINE.toSeconds()
                        + " s after the janitors were let in");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the janitor", e);
            }
            current = status.get();
        }
        return current;
    }

    private static List<FakeStripe.Transfer> transfersTo(String accountId) {
        return stripe.transfers().stream().filter(transfer -> accountId.equals(transfer.destination())).toList();
    }

    /** The distinct idempotency keys of every transfer request for the account: one per withdrawal. */
    private static List<String> transferKeysTo(String accountId) {
        return stripe.requests("POST", "/v1/transfers").stream()
                .filter(request -> accountId.equals(request.param("destination")))
                .map(FakeStripe.Request::idempotencyKey).distinct().toList();
    }

    /** How many ledger transfers credited the user's wallet with a deposit. */
    private static long depositCredits(User user) {
        return psql.number("""
                select count(*) from postings posting join transfers transfer on transfer.id = posting.transfer_id
                where transfer.type = 'deposit_credited' and posting.account_key = ?""", "wallet:" + user.id());
    }
}
