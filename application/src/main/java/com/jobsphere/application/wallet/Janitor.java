package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.auth.LogIn;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.offer.ExpireOffers;
import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGateway.CheckoutStatus;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drives to an end the money movements a crash, a timeout or a lost webhook left half done (CONTRACT.md §11),
 * after Kill Bill's janitor: it looks for what stayed in an in-between state too long, asks the payment
 * provider what really happened, and records that, exactly once. It runs on one instance at a time (a lock
 * that dies with its holder), at start-up and then every minute:
 * <ul>
 * <li>a withdrawal {@code processing} for longer than {@link Settings#stuckWithdrawalAge()}: its transfer is
 * looked up, or made again with the same idempotency key (the provider returns the first one if there was
 * one); then it is completed, or failed and refunded;
 * <li>a deposit {@code pending} for longer than {@link Settings#staleDepositAge()}: credited if its Checkout
 * Session was paid, failed if it expired, or failed if it never got a session (nobody was given a way to pay
 * it); a deposit also credited by the webhook is still credited once;
 * <li>offers past their expiry are expired, idempotency keys past their replay window purged, and login attempts
 * older than the throttling window forgotten.
 * </ul>
 * Every resolution is logged with the entity's id. One item's failure is logged and skipped; the next run
 * tries it again.
 */
public final class Janitor {
    static final String LOCK = "janitor";
    private static final System.Logger LOG = System.getLogger(Janitor.class.getName());

    private final Transactions transactions;
    private final Locks locks;
    private final PaymentGateway gateway;
    private final WithdrawalPayouts payouts;
    private final DepositSettlement deposits;
    private final ExpireOffers expireOffers;
    private final Clock clock;
    private final Settings settings;

    public Janitor(Transactions transactions, Locks locks, PaymentGateway gateway, WithdrawalPayouts payouts,
            DepositSettlement deposits, ExpireOffers expireOffers, Clock clock, Settings settings) {
        this.transactions = transactions;
        this.locks = locks;
        this.gateway = gateway;
        this.payouts = payouts;
        this.deposits = deposits;
        this.expireOffers = expireOffers;
        this.clock = clock;
        this.settings = settings;
    }

    /** How long a movement may stay in between before the janitor settles it, and how much it does per run. */
    public record Settings(Duration stuckWithdrawalAge, Duration staleDepositAge, int batchSize) {
        /** CONTRACT.md §11: withdrawals after 2 minutes, deposits after 30. */
        public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(2), Duration.ofMinutes(30), 100);

        public Settings {
            if (stuckWithdrawalAge.isNegative() || staleDepositAge.isNegative() || batchSize < 1) {
                throw new IllegalArgumentException("janitor ages must not be negative and the batch must be positive");
            }
        }
    }

    /** What one run did; {@code ran} is false when another instance held the janitor's turn. */
    public record Report(boolean ran, int withdrawalsSettled, int depositsCredited, int depositsFailed,
            int offersExpired, int keysPurged) {
        static final Report SKIPPED = new Report(false, 0, 0, 0, 0, 0);
    }

    public Report execute() {
        Optional<Locks.Lock> turn = locks.tryLock(LOCK);
        if (turn.isEmpty()) {
            return Report.SKIPPED;
        }
        try {
            int withdrawals = settleWithdrawals();
            DepositCounts deposits = settleDeposits();
            int offers = expireOffers.execute();
            int keys = transactions.purgeExpiredKeys(settings.batchSize() * 10);
            Instant forgotten = clock.instant().minus(LogIn.LIMITS.window());
            transactions.run(stores -> stores.loginAttempts().purgeBefore(forgotten));
            return new Report(true, withdrawals, deposits.credited(), deposits.failed(), offers, keys);
        } finally {
            turn.get().close();
        }
    }

    private int settleWithdrawals() {
        Instant before = clock.instant().minus(settings.stuckWithdrawalAge());
        List<WithdrawalId> stuck = transactions.read(stores -> stores.withdrawals().processingSince(before, settings.batchSize()));
        int settled = 0;
        for (WithdrawalId withdrawalId : stuck) {
            try {
                Withdrawal ended = payouts.payOut(withdrawalId, WithdrawalPayouts.Attempt.RESUMED, null);
                LOG.log(System.Logger.Level.INFO, "Janitor settled withdrawal {0}: {1}", withdrawalId, ended.status());
                settled++;
            } catch (PaymentGatewayUnavailable | StoreUnavailable e) {
                LOG.log(System.Logger.Level.WARNING, "Janitor could not settle withdrawal {0} yet: {1}", withdrawalId,
                        e.getMessage());
            }
        }
        return settled;
    }

    private record DepositCounts(int credited, int failed) {
    }

    private DepositCounts settleDeposits() {
        Instant before = clock.instant().minus(settings.staleDepositAge());
        List<DepositId> stale = transactions.read(stores -> stores.deposits().pendingStartedBefore(before, settings.batchSize()));
        int credited = 0;
        int failed = 0;
        for (DepositId depositId : stale) {
            try {
                switch (settleDeposit(depositId)) {
                    case CREDITED -> credited++;
                    case FAILED -> failed++;
                    case UNCHANGED -> { }
                }
            } catch (PaymentGatewayUnavailable | StoreUnavailable e) {
                LOG.log(System.Logger.Level.WARNING, "Janitor could not settle deposit {0} yet: {1}", depositId,
                        e.getMessage());
            }
        }
        return new DepositCounts(credited, failed);
    }

    private enum DepositEnd { CREDITED, FAILED, UNCHANGED }

    private DepositEnd settleDeposit(DepositId depositId) {
        Deposit deposit = transactions.read(stores -> Lookups.found(stores.deposits().byId(depositId), "Deposit"));
        if (deposit.sessionId() == null) {
            boolean abandoned = transactions.run(stores -> deposits.abandon(stores, locked(stores, depositId), clock.instant()));
            if (abandoned) {
                LOG.log(System.Logger.Level.INFO, "Janitor failed deposit {0}: it never got a Checkout Session, so nobody"
                        + " could pay it", depositId);
                return DepositEnd.FAILED;
            }
            return DepositEnd.UNCHANGED;
        }
        CheckoutStatus status = gateway.checkoutStatus(deposit.sessionId());
        return switch (status.state()) {
            case PAID -> credit(depositId, status);
            case EXPIRED -> fail(depositId, "its Checkout Session " + deposit.sessionId() + " expired unpaid");
            case OPEN -> DepositEnd.UNCHANGED;
        };
    }

    private DepositEnd credit(DepositId depositId, CheckoutStatus status) {
        DepositSettlement.Credit credit = transactions.run(stores -> deposits.credit(stores, locked(stores, depositId),
                status.amountTotalCents(), "Checkout Session " + status.sessionId(), clock.instant()));
        if (credit == DepositSettlement.Credit.CREDITED) {
            LOG.log(System.Logger.Level.INFO, "Janitor credited deposit {0}: its Checkout Session {1} was paid",
                    depositId, status.sessionId());
            return DepositEnd.CREDITED;
        }
        return DepositEnd.UNCHANGED;
    }

    private DepositEnd fail(DepositId depositId, String why) {
        boolean changed = transactions.run(stores -> deposits.close(stores, locked(stores, depositId),
                DepositStatus.FAILED, clock.instant()));
        if (!changed) {
            return DepositEnd.UNCHANGED;
        }
        LOG.log(System.Logger.Level.INFO, "Janitor failed deposit {0}: {1}", depositId, why);
        return DepositEnd.FAILED;
    }

    private static Deposit locked(Stores stores, DepositId depositId) {
        return Lookups.found(stores.deposits().lock(depositId), "Deposit");
    }
}
