package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Withdrawal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class LedgerContractIT {
    private static final Fees HUNDRED_DOLLAR_OFFER = FeeSchedule.STANDARD.feesFor(Money.dollars(100));
    private static final Subject.Offer OFFER = new Subject.Offer(new OfferId("offer-1"), new JobId("job-1"));
    private static final WithdrawalId WITHDRAWAL = new WithdrawalId("withdrawal-1");
    private static final UserId CUSTOMER = new UserId("customer");
    private static final UserId CONTRACTOR = new UserId("contractor");

    @ContractTest
    void aPostedTransferMovesMoneyAndTheLedgerStaysBalanced(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.fund(stores, CUSTOMER, 200_00, "deposit-1");
        });
        backend.run(stores -> stores.ledger().post(Transfers.offerAccepted("accept-1", T0, CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER)));

        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet(CUSTOMER))).isEqualTo(95_00);
            assertThat(stores.ledger().balanceOf(Account.ESCROW)).isEqualTo(105_00);
            assertThat(stores.ledger().balanceOf(Account.STRIPE_CLEARING)).isEqualTo(-200_00);
            assertThat(stores.ledger().platformBalance()).isEqualTo(105_00);
            assertThat(stores.ledger().verify()).isEqualTo(new LedgerCheck(true, 5, 2, List.of()));
        });
    }

    @ContractTest
    void anApprovedCompletionSplitsEscrowIntoPayoutAndRevenue(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "contractor");
            Seed.fund(stores, CUSTOMER, 105_00, "deposit-1");
            stores.ledger().post(Transfers.offerAccepted("accept-1", T0, CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER));
        });
        backend.run(stores -> stores.ledger().post(Transfers.completionApproved("complete-1", T0, CONTRACTOR, HUNDRED_DOLLAR_OFFER, OFFER)));

        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet(CONTRACTOR))).isEqualTo(80_00);
            assertThat(stores.ledger().balanceOf(Account.ESCROW)).isZero();
            assertThat(stores.ledger().balanceOf(Account.REVENUE)).isEqualTo(25_00);
            assertThat(stores.ledger().platformBalance()).isEqualTo(25_00);
            assertThat(stores.ledger().verify().balanced()).isTrue();
        });
    }

    @ContractTest
    void aTransferThatWouldOverdrawAWalletIsRefusedWithWhatItNeedsAndWhatIsThere(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.fund(stores, CUSTOMER, 50_00, "deposit-1");
        });

        assertThatThrownBy(() -> backend.run(stores ->
                stores.ledger().post(Transfers.offerAccepted("accept-1", T0, CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER))))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, refusal -> {
                    assertThat(refusal.getMessage()).isEqualTo("Insufficient balance");
                    assertThat(refusal.errors()).containsExactly(new FieldError("amount", "Required: $105, Available: $50"));
                });
        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet(CUSTOMER))).isEqualTo(50_00);
            assertThat(stores.ledger().balanceOf(Account.ESCROW)).isZero();
            assertThat(stores.ledger().verify()).isEqualTo(new LedgerCheck(true, 5, 1, List.of()));
        });
    }

    /**
     * Writes are sent together, so an overdraft may only be found when they are: by the next flush at the latest,
     * before the commit, while the work can still word its refusal. The refusal then fails the whole transaction,
     * and nothing of the transfer remains.
     */
    @ContractTest
    void anOverdraftIsRefusedByTheNextFlushAndItsTransactionLeavesNothing(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.fund(stores, CUSTOMER, 50_00, "deposit-1");
        });

        assertThatThrownBy(() -> backend.run(stores -> {
            stores.ledger().post(Transfers.withdrawalReserved("withdraw-1", T0, CUSTOMER, Money.dollars(60), WITHDRAWAL));
            stores.flush();
            throw new AssertionError("The flush let an overdraft through");
        })).isInstanceOf(BusinessRuleViolated.class).hasMessage("Insufficient balance");

        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet(CUSTOMER))).isEqualTo(50_00);
            assertThat(stores.ledger().balanceOf(Account.WITHDRAWALS_PENDING)).isZero();
            assertThat(stores.ledger().verify()).isEqualTo(new LedgerCheck(true, 5, 1, List.of()));
        });
    }

    @ContractTest
    void theSameTransferIdCannotBePostedTwice(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.fund(stores, CUSTOMER, 50_00, "deposit-1");
        });

        assertThatThrownBy(() -> backend.run(stores -> stores.ledger().post(credit(CUSTOMER, 50_00, "deposit-1"))))
                .isInstanceOf(ConcurrentUpdate.class);
        backend.run(stores -> assertThat(stores.ledger().balanceOf(Account.wallet(CUSTOMER))).isEqualTo(50_00));
    }

    @ContractTest
    void thePlatformBalancesAreTheFourPlatformAccounts(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "contractor");
            Seed.fund(stores, CUSTOMER, 300_00, "deposit-1");
            stores.ledger().post(Transfers.offerAccepted("accept-1", T0, CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER));
            stores.ledger().post(Transfers.completionApproved("complete-1", T0, CONTRACTOR, HUNDRED_DOLLAR_OFFER, OFFER));
            stores.ledger().post(Transfers.offerAccepted("accept-2", T0, CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER));
            stores.ledger().post(Transfers.withdrawalReserved("withdraw-1", T0, CONTRACTOR, Money.dollars(50), WITHDRAWAL));
        });

        PlatformBalances balances = backend.unitOfWork().read(stores -> stores.ledger().platformBalances());

        assertThat(balances).isEqualTo(new PlatformBalances(105_00, 25_00, 50_00, -300_00));
    }

    @ContractTest
    void transfersAreListedNewestFirstEachWithItsPostingsInOrder(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "contractor");
            Seed.fund(stores, CUSTOMER, 105_00, "deposit-1", Seed.at(1));
            stores.ledger().post(Transfers.offerAccepted("accept-1", Seed.at(2), CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER));
            stores.ledger().post(Transfers.completionApproved("complete-1", Seed.at(3), CONTRACTOR, HUNDRED_DOLLAR_OFFER,
                    OFFER));
        });
        Transfer completion = Transfers.completionApproved("complete-1", Seed.at(3), CONTRACTOR, HUNDRED_DOLLAR_OFFER,
                OFFER);

        Page<PostedTransfer> first = backend.unitOfWork().read(stores -> stores.ledger().transfers(new PageRequest(1, 2)));
        Page<PostedTransfer> last = backend.unitOfWork().read(stores -> stores.ledger().transfers(new PageRequest(2, 2)));

        assertThat(first.items()).extracting(PostedTransfer::id).containsExactly("complete-1", "accept-1");
        assertThat(first.items().get(0)).isEqualTo(new PostedTransfer("complete-1", completion.type(),
                completion.createdAt(), completion.postings()));
        assertThat(first.items().get(1).postings()).containsExactly(
                new Posting(Account.wallet(CUSTOMER), -105_00), new Posting(Account.ESCROW, 105_00));
        assertThat(last.items()).extracting(PostedTransfer::id).containsExactly("deposit-deposit-1");
        assertThat(first.total()).isEqualTo(3);
        assertThat(backend.unitOfWork().read(stores -> stores.ledger().transfers(new PageRequest(3, 2))).items()).isEmpty();
    }

    @ContractTest
    void anAccountWithoutPostingsHasAZeroBalance(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            assertThat(stores.ledger().balanceOf(Account.wallet(CUSTOMER))).isZero();
            assertThat(stores.ledger().balanceOf(Account.wallet(new UserId("nobody")))).isZero();
            assertThat(stores.ledger().balanceOf(Account.REVENUE)).isZero();
            assertThat(stores.ledger().platformBalance()).isZero();
            assertThat(stores.ledger().verify()).isEqualTo(new LedgerCheck(true, 5, 0, List.of()));
        });
    }

    @ContractTest
    void postingToAWalletThatWasNeverOpenedIsAProgrammerError(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.ledger().post(credit(new UserId("nobody"), 10_00, "deposit-1"))))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Many withdrawals race for one balance that covers only some of them. The database decides: exactly the
     * affordable ones succeed, the rest are refused, and the balance never goes below zero.
     */
    @ContractTest
    void concurrentWithdrawalsBeyondTheBalanceOnlySucceedWhileAffordable(Backend backend) throws Exception {
        backend.run(stores -> {
            Seed.contractor(stores, "contractor");
            Seed.fund(stores, CONTRACTOR, 100_00, "deposit-1");
        });
        long succeeded = Race.successes(8, index -> {
            try {
                backend.run(stores -> stores.ledger().post(
                        Transfers.withdrawalReserved("withdraw-" + index, T0, CONTRACTOR, Money.dollars(30), WITHDRAWAL)));
                return true;
            } catch (BusinessRuleViolated refused) {
                return false;
            }
        });

        assertThat(succeeded).isEqualTo(3);
        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet(CONTRACTOR))).isEqualTo(10_00);
            assertThat(stores.ledger().balanceOf(Account.WITHDRAWALS_PENDING)).isEqualTo(90_00);
            assertThat(stores.ledger().verify()).isEqualTo(new LedgerCheck(true, 5, 4, List.of()));
        });
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAPostingOrATransfer() throws SQLException {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> {
                Seed.customer(stores, "customer");
                Seed.fund(stores, CUSTOMER, 50_00, "deposit-1");
            });
            DataSource database = backend.adapter().dataSource();

            for (String tampering : List.of(
                    "update postings set amount_cents = amount_cents * 2",
                    "delete from postings",
                    "truncate postings cascade",
                    "update transfers set type = 'offer_refunded'",
                    "delete from transfers",
                    "truncate transfers cascade")) {
                assertThatThrownBy(() -> Jdbc.execute(database, tampering))
                        .as(tampering)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            backend.run(stores -> assertThat(stores.ledger().verify().balanced()).isTrue());
        }
    }

    @Test
    void theDatabaseItselfRefusesANegativeWalletBalance() {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> Seed.customer(stores, "customer"));

            assertThatThrownBy(() -> Jdbc.execute(backend.adapter().dataSource(),
                    "update wallet_balances set balance_cents = -1 where account_key = 'wallet:customer'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("wallet_balances_not_negative");
        }
    }

    @Test
    void aTamperedBalanceIsReportedByVerify() throws SQLException {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> {
                Seed.customer(stores, "customer");
                Seed.fund(stores, CUSTOMER, 50_00, "deposit-1");
            });
            DataSource database = backend.adapter().dataSource();
            Jdbc.execute(database, "update wallet_balances set balance_cents = balance_cents + 1 where account_key = 'wallet:customer'");
            Jdbc.execute(database, "update platform_balance_slots set balance_cents = balance_cents - 7 "
                    + "where account_key = 'platform:escrow' and slot = 3");

            LedgerCheck check = backend.transaction(stores -> stores.ledger().verify());

            assertThat(check.balanced()).isFalse();
            assertThat(check.discrepancies()).containsExactly(
                    "Account platform:escrow stores a balance of -7 cents but its postings sum to 0 cents",
                    "Account wallet:customer stores a balance of 5001 cents but its postings sum to 5000 cents");
        }
    }

    /**
     * The history reads a wallet's items by the type each posting carries, the platform's count from the escrow
     * slots' movements counter, one wallet posting per escrow movement, and a withdrawal at the instant of its
     * reservation. Verify checks each of these against the ledger, so the history cannot silently drift from it.
     */
    @Test
    void whatTheHistoryReadsFromIndexesAndCountersIsCheckedByVerify() throws SQLException {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> {
                Seed.customer(stores, "customer");
                Seed.customer(stores, "other");
                Seed.fund(stores, CUSTOMER, 500_00, "deposit-1");
                stores.ledger().post(Transfers.offerAccepted("accept-1", T0, CUSTOMER, HUNDRED_DOLLAR_OFFER, OFFER));
                stores.withdrawals().add(Withdrawal.request(WITHDRAWAL, CUSTOMER, Money.dollars(10), T0));
                stores.ledger().post(Transfers.withdrawalReserved("reserve-1", T0, CUSTOMER, Money.dollars(10), WITHDRAWAL));
            });
            assertThat(backend.transaction(stores -> stores.ledger().verify()).discrepancies()).isEmpty();
            DataSource database = backend.adapter().dataSource();
            assertThat(Jdbc.queryLong(database, "select sum(movements) from platform_balance_slots "
                    + "where account_key = 'platform:escrow'")).as("the acceptance is counted").isEqualTo(1);

            // An escrow movement that pays two wallets: balanced, and counted, but the platform's history would show
            // only one of its wallet postings.
            backend.run(stores -> stores.ledger().post(new Transfer("split-1", TransferType.OFFER_ACCEPTED, List.of(
                    new Posting(Account.wallet(CUSTOMER), -100), new Posting(Account.ESCROW, 50),
                    new Posting(Account.wallet(new UserId("other")), 50)), T0, OFFER)));
            Jdbc.execute(database, "set session_replication_role = replica; "
                    + "update postings set transfer_type = 'offer_refunded' where transfer_id = 'accept-1' and leg = 0; "
                    + "set session_replication_role = origin");
            Jdbc.execute(database, "update platform_balance_slots set movements = movements + 2 "
                    + "where account_key = 'platform:escrow' and slot = 5");
            Jdbc.execute(database, "update withdrawals set requested_at = requested_at + interval '1 second' "
                    + "where id = 'withdrawal-1'");

            LedgerCheck check = backend.transaction(stores -> stores.ledger().verify());

            assertThat(check.balanced()).isFalse();
            assertThat(check.discrepancies()).satisfiesExactlyInAnyOrder(
                    text -> assertThat(text).isEqualTo(
                            "Posting accept-1/0 says its transfer is offer_refunded, but it is offer_accepted"),
                    text -> assertThat(text).isEqualTo("The escrow slots count 4 escrow movements, but there are 2"),
                    text -> assertThat(text).isEqualTo("Escrow movement split-1 has 2 wallet postings, not one"),
                    text -> assertThat(text).startsWith("Withdrawal withdrawal-1 was requested at ")
                            .contains(", but its reservation reserve-1 was posted at "));
        }
    }

    /**
     * The no-hot-row design, observed: a transfer into escrow holds its slot row until it commits, and
     * another transfer into escrow on a different slot goes straight through instead of queueing behind it.
     */
    @Test
    void twoTransfersIntoEscrowOnDifferentSlotsDoNotWaitForEachOther() throws Exception {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> {
                Seed.customer(stores, "first");
                Seed.customer(stores, "second");
                Seed.fund(stores, new UserId("first"), 105_00, "deposit-1");
                Seed.fund(stores, new UserId("second"), 105_00, "deposit-2");
            });
            Transfer held = Transfers.offerAccepted("accept-held", T0, new UserId("first"), HUNDRED_DOLLAR_OFFER, OFFER);
            Transfer other = IntStream.range(0, 100)
                    .mapToObj(index -> Transfers.offerAccepted("accept-" + index, T0, new UserId("second"), HUNDRED_DOLLAR_OFFER, OFFER))
                    .filter(candidate -> JdbiLedger.slotOf(candidate) != JdbiLedger.slotOf(held))
                    .findFirst()
                    .orElseThrow();
            CountDownLatch posted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = thread.submit(() -> backend.run(stores -> {
                    stores.ledger().post(held);
                    posted.countDown();
                    await(release);
                }));
                assertThat(posted.await(10, TimeUnit.SECONDS)).isTrue();

                long started = System.nanoTime();
                backend.run(stores -> stores.ledger().post(other));
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
                assertThat(took).isLessThan(Duration.ofSeconds(2));
            } finally {
                release.countDown();
                thread.shutdownNow();
            }
            backend.run(stores -> {
                assertThat(stores.ledger().balanceOf(Account.ESCROW)).isEqualTo(210_00);
                assertThat(stores.ledger().verify().balanced()).isTrue();
            });
        }
    }

    @Test
    void platformPostingsAreSpreadOverTheSlotRows() throws SQLException {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> {
                Seed.customer(stores, "customer");
                for (int index = 0; index < 64; index++) {
                    Seed.fund(stores, CUSTOMER, 1_00, "deposit-" + index);
                }
            });

            long slotsUsed = Jdbc.queryLong(backend.adapter().dataSource(), "select count(*) from platform_balance_slots "
                    + "where account_key = 'platform:stripe_clearing' and balance_cents <> 0");
            assertThat(slotsUsed).isGreaterThanOrEqualTo(JdbiLedger.PLATFORM_SLOTS / 2);
            backend.run(stores -> assertThat(stores.ledger().balanceOf(Account.STRIPE_CLEARING)).isEqualTo(-64_00));
        }
    }

    /** The credit of a paid deposit, without the deposit: the ledger alone is under test. */
    private static Transfer credit(UserId userId, long cents, String depositId) {
        return Transfers.depositCredited(T0, new DepositId(depositId), userId, Money.ofCents(cents));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the open transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while holding a transaction open", e);
        }
    }
}
