package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static com.jobsphere.adapters.postgres.Seed.at;
import static com.jobsphere.adapters.postgres.Seed.party;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The history is a view of the ledger and of the deposits and withdrawals it names: both stores must read it alike. */
class HistoryContractIT {
    private static final PageRequest FIRST_TWENTY = new PageRequest(1, 20);

    /** A credited deposit is one item, not one for the deposit and one for its credit; the others never moved money. */
    @ContractTest
    void aDepositIsOneItemNamedByTheDepositWithItsOwnStatusAndTimes(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        backend.run(stores -> {
            stores.deposits().add(Deposit.start(new DepositId("credited"), customer, Money.dollars(100), at(1)));
            stores.deposits().add(Deposit.start(new DepositId("pending"), customer, Money.dollars(20), at(2)));
            stores.deposits().add(Deposit.start(new DepositId("failed"), customer, Money.dollars(30), at(3))
                    .moveTo(DepositStatus.FAILED, at(4)));
            stores.deposits().add(Deposit.start(new DepositId("cancelled"), customer, Money.dollars(40), at(5))
                    .moveTo(DepositStatus.CANCELLED, at(6)));
        });
        backend.run(stores -> {
            Deposit paid = stores.deposits().lock(new DepositId("credited")).orElseThrow()
                    .moveTo(DepositStatus.COMPLETED, at(9));
            stores.deposits().save(paid);
            stores.ledger().post(Transfers.depositCredited(at(9), paid.id(), customer, paid.amount()));
        });

        Page<TransactionView> history = history(backend, customer, null, FIRST_TWENTY);

        assertThat(history.items()).containsExactly(
                deposit("cancelled", customer, 40, TransactionStatus.CANCELLED, at(5), at(6)),
                deposit("failed", customer, 30, TransactionStatus.FAILED, at(3), at(4)),
                deposit("pending", customer, 20, TransactionStatus.PENDING, at(2), null),
                deposit("credited", customer, 100, TransactionStatus.COMPLETED, at(1), at(9)));
        assertThat(history.total()).isEqualTo(4);
    }

    /**
     * A withdrawal is one item named by the withdrawal, whatever became of it: its reservation makes the item, its
     * status is the withdrawal's own, and the money a failed or rejected one returns is no item of its own.
     */
    @ContractTest
    void aWithdrawalIsOneItemWhoseStatusFollowsTheWithdrawal(Backend backend) {
        UserId contractor = backend.transaction(stores -> {
            UserId id = Seed.contractor(stores, "contractor");
            Seed.fund(stores, id, 500_00, "deposit-1");
            return id;
        });
        request(backend, contractor, "pending", 10, at(1));
        request(backend, contractor, "processing", 20, at(2));
        change(backend, "processing", withdrawal -> withdrawal.startProcessing(Seed.openWallet(contractor), at(12)));
        request(backend, contractor, "completed", 30, at(3));
        change(backend, "completed", withdrawal -> withdrawal.startProcessing(Seed.openWallet(contractor), at(13)));
        change(backend, "completed", withdrawal -> withdrawal.complete("tr_1", at(23)));
        post(backend, Transfers.withdrawalCompleted("pay-out-completed", at(23), Money.dollars(30),
                new WithdrawalId("completed")));
        request(backend, contractor, "failed", 40, at(4));
        change(backend, "failed", withdrawal -> withdrawal.startProcessing(Seed.openWallet(contractor), at(14)));
        change(backend, "failed", withdrawal -> withdrawal.fail("Account closed", at(24)));
        post(backend, Transfers.withdrawalReturned("return-failed", at(24), contractor, Money.dollars(40),
                new WithdrawalId("failed")));
        request(backend, contractor, "rejected", 50, at(5));
        change(backend, "rejected", withdrawal -> withdrawal.reject("Suspicious", at(25)));
        post(backend, Transfers.withdrawalReturned("return-rejected", at(25), contractor, Money.dollars(50),
                new WithdrawalId("rejected")));

        Page<TransactionView> withdrawals = history(backend, contractor, TransactionType.WITHDRAWAL, FIRST_TWENTY);

        assertThat(withdrawals.items()).containsExactly(
                withdrawal("rejected", contractor, 50, TransactionStatus.CANCELLED, at(5), at(25)),
                withdrawal("failed", contractor, 40, TransactionStatus.FAILED, at(4), at(24)),
                withdrawal("completed", contractor, 30, TransactionStatus.COMPLETED, at(3), at(23)),
                withdrawal("processing", contractor, 20, TransactionStatus.PENDING, at(2), null),
                withdrawal("pending", contractor, 10, TransactionStatus.PENDING, at(1), null));
        assertThat(history(backend, contractor, null, FIRST_TWENTY).total()).as("five withdrawals and the deposit")
                .isEqualTo(6);
    }

    /**
     * An offer's money shows as transfers between its parties and the platform, which appears as its user: an
     * acceptance takes the customer's total charge, a refund gives it back, a completion pays the contractor.
     * The platform's user sees every one of these movements, from its side.
     */
    @ContractTest
    void anOffersMoneyShowsAsTransfersBetweenItsPartiesAndThePlatform(Backend backend) {
        Seed.Applied applied = twoOffers(backend);
        OfferId first = new OfferId("offer-1");
        OfferId second = new OfferId("offer-2");
        UserId platform = Seed.ADMIN.userId();
        TransactionView firstAccepted = offerItem("accept-offer-1", TransactionType.WALLET_TRANSFER, 105_00,
                applied.customer(), platform, first, applied, at(10));
        TransactionView refunded = offerItem("refund-offer-1", TransactionType.REFUND, 105_00, platform,
                applied.customer(), first, applied, at(20));
        TransactionView secondAccepted = offerItem("accept-offer-2", TransactionType.WALLET_TRANSFER, 105_00,
                applied.customer(), platform, second, applied, at(30));
        TransactionView paidOut = offerItem("complete-offer-2", TransactionType.CONTRACTOR_PAYOUT, 80_00, platform,
                applied.contractor(), second, applied, at(40));

        assertThat(history(backend, applied.customer(), TransactionType.WALLET_TRANSFER, FIRST_TWENTY).items())
                .containsExactly(secondAccepted, firstAccepted);
        assertThat(history(backend, applied.customer(), TransactionType.REFUND, FIRST_TWENTY).items())
                .containsExactly(refunded);
        assertThat(history(backend, applied.contractor(), null, FIRST_TWENTY).items()).containsExactly(paidOut);
        assertThat(history(backend, platform, null, FIRST_TWENTY).items())
                .containsExactly(paidOut, secondAccepted, refunded, firstAccepted);
    }

    /**
     * Each source of items (the wallet's postings by type, the deposits, the escrow movements) is cut to the page on
     * its own before they are merged: walking the history one item at a time gives the whole of it, in order, with
     * the same total on every page, for every kind of user; and the type filters' totals add up to the whole.
     */
    @ContractTest
    void walkingTheHistoryOneItemAtATimeGivesTheWholeOfItInOrder(Backend backend) {
        Seed.Applied applied = twoOffers(backend);
        backend.run(stores -> {
            stores.deposits().add(Deposit.start(new DepositId("pending"), applied.customer(), Money.dollars(20), at(25)));
            // At the same instant as the first offer's deposit and acceptance: ties across sources go by id.
            stores.deposits().add(Deposit.start(new DepositId("failed"), applied.customer(), Money.dollars(30), at(10))
                    .moveTo(DepositStatus.FAILED, at(11)));
        });
        request(backend, applied.contractor(), "withdrawal-1", 10, at(50));

        for (UserId user : List.of(applied.customer(), applied.contractor(), Seed.ADMIN.userId())) {
            Page<TransactionView> whole = history(backend, user, null, FIRST_TWENTY);
            List<TransactionView> walked = new ArrayList<>();
            for (int number = 1; number <= whole.total() + 1; number++) {
                Page<TransactionView> page = history(backend, user, null, new PageRequest(number, 1));
                assertThat(page.total()).as("%s, page %d", user.value(), number).isEqualTo(whole.total());
                walked.addAll(page.items());
            }
            assertThat(walked).as(user.value()).containsExactlyElementsOf(whole.items());
            assertThat(whole.items()).as(user.value()).hasSize((int) whole.total());
            assertThat(List.of(TransactionType.values()).stream()
                    .mapToLong(type -> history(backend, user, type, FIRST_TWENTY).total()).sum())
                    .as(user.value()).isEqualTo(whole.total());
        }
        assertThat(history(backend, applied.customer(), null, FIRST_TWENTY).items()).extracting(TransactionView::id)
                .containsExactly("for-offer-2", "accept-offer-2", "pending", "refund-offer-1", "for-offer-1", "failed",
                        "accept-offer-1");
        assertThat(history(backend, applied.contractor(), null, FIRST_TWENTY).items()).extracting(TransactionView::id)
                .containsExactly("withdrawal-1", "complete-offer-2");
        assertThat(history(backend, Seed.ADMIN.userId(), null, FIRST_TWENTY).items()).extracting(TransactionView::id)
                .containsExactly("complete-offer-2", "accept-offer-2", "refund-offer-1", "accept-offer-1");
    }

    @ContractTest
    void itemsArePagedAndCountedAndEqualTimesAreOrderedByIdNewestFirst(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        backend.run(stores -> {
            for (int index = 1; index <= 5; index++) {
                stores.deposits().add(Deposit.start(new DepositId("deposit-" + index), customer, Money.dollars(100), T0));
            }
        });

        Page<TransactionView> second = history(backend, customer, null, new PageRequest(2, 2));
        Page<TransactionView> beyond = history(backend, customer, null, new PageRequest(4, 2));

        assertThat(second.items()).extracting(TransactionView::id).containsExactly("deposit-3", "deposit-2");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @ContractTest
    void aTypeFilterCountsOnlyItsOwnItems(Backend backend) {
        UserId customer = backend.transaction(stores -> {
            UserId id = Seed.customer(stores, "customer");
            Seed.fund(stores, id, 100_00, "deposit-1");
            stores.deposits().add(Deposit.start(new DepositId("deposit-2"), id, Money.dollars(50), at(1)));
            return id;
        });

        Page<TransactionView> deposits = history(backend, customer, TransactionType.DEPOSIT, new PageRequest(1, 1));
        Page<TransactionView> withdrawals = history(backend, customer, TransactionType.WITHDRAWAL, FIRST_TWENTY);

        assertThat(deposits.items()).extracting(TransactionView::id).containsExactly("deposit-2");
        assertThat(deposits.total()).isEqualTo(2);
        assertThat(withdrawals.items()).isEmpty();
        assertThat(withdrawals.total()).isZero();
    }

    /**
     * Offer 1 accepted at 10 and refunded (rejected by the contractor) at 20; offer 2 accepted at 30 and its completion
     * approved at 40. Each offer's customer is funded with its total charge at its acceptance.
     */
    private static Seed.Applied twoOffers(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> {
            Seed.admin(stores);
            return Seed.applied(stores, "");
        });
        OfferId first = Seed.assigned(backend, applied, "offer-1", at(10));
        Seed.decide(backend, new DealKey.ByOffer(first), deal ->
                deal.rejectOffer(applied.asContractor(), first, "Changed my mind", "refund-offer-1", at(20)));
        Seed.inProgress(backend, applied, "offer-2", at(30));
        Seed.decide(backend, applied.byJob(), deal -> deal.approveCompletion(Seed.ADMIN, null, "complete-offer-2", at(40)));
        return applied;
    }

    private static Page<TransactionView> history(Backend backend, UserId userId, TransactionType type, PageRequest page) {
        return backend.unitOfWork().read(stores -> stores.history().forUser(userId, Seed.ADMIN.userId(), type, page));
    }

    /** A withdrawal request and the reservation of its amount, as a contractor's request makes them. */
    private static void request(Backend backend, UserId contractor, String id, long dollars, Instant at) {
        backend.run(stores -> {
            WithdrawalId withdrawal = new WithdrawalId(id);
            stores.withdrawals().add(Withdrawal.request(withdrawal, contractor, Money.dollars(dollars), at));
            stores.ledger().post(Transfers.withdrawalReserved("reserve-" + id, at, contractor, Money.dollars(dollars),
                    withdrawal));
        });
    }

    private static void change(Backend backend, String id, UnaryOperator<Withdrawal> change) {
        backend.run(stores -> stores.withdrawals().save(
                change.apply(stores.withdrawals().lock(new WithdrawalId(id)).orElseThrow())));
    }

    private static void post(Backend backend, Transfer transfer) {
        backend.run(stores -> stores.ledger().post(transfer));
    }

    private static TransactionView deposit(String id, UserId to, long dollars, TransactionStatus status, Instant createdAt,
            Instant completedAt) {
        return new TransactionView(id, TransactionType.DEPOSIT, Money.dollars(dollars), null, party(to), null, null,
                status, createdAt, completedAt);
    }

    private static TransactionView withdrawal(String id, UserId from, long dollars, TransactionStatus status,
            Instant createdAt, Instant completedAt) {
        return new TransactionView(id, TransactionType.WITHDRAWAL, Money.dollars(dollars), party(from), null, null, null,
                status, createdAt, completedAt);
    }

    private static TransactionView offerItem(String transferId, TransactionType type, long cents, UserId from, UserId to,
            OfferId offer, Seed.Applied applied, Instant at) {
        return new TransactionView(transferId, type, Money.ofCents(cents), party(from), party(to), offer, applied.job(),
                TransactionStatus.COMPLETED, at, at);
    }
}
