package com.jobsphere.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.testdata.Subjects;
import com.jobsphere.domain.testdata.Times;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of the business operations, on a few users, against a {@link Book}. The test
 * keeps its own list of offers in escrow and withdrawals reserved, so that refunds, payouts and
 * withdrawal outcomes only ever act on money that was really moved there.
 */
class BookPropertiesTest {
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");

    @Test
    void noSequenceOfOperationsUnbalancesTheBookOrOverdrawsAWallet() {
        qt().withExamples(2_000).forAll(operations()).checkAssert(operations -> {
            Ledger ledger = new Ledger();
            for (Operation operation : operations) {
                ledger.run(operation);

                assertThat(ledger.book.total()).as("sum of all balances after %s", operation).isZero();
                ledger.book.snapshot().forEach((account, balance) -> assertThat(balance)
                        .as("%s after %s", account, operation)
                        .isGreaterThanOrEqualTo(account.isWallet() ? 0 : Long.MIN_VALUE));
                assertThat(ledger.book.balanceOf(Account.REVENUE)).isNotNegative();
                assertThat(ledger.book.balanceOf(Account.STRIPE_CLEARING)).isNotPositive();
                assertThat(ledger.book.balanceOf(Account.ESCROW)).isEqualTo(ledger.escrowedCents());
                assertThat(ledger.book.balanceOf(Account.WITHDRAWALS_PENDING)).isEqualTo(ledger.reservedCents());
            }
        });
    }

    @Test
    void aRefusedOperationLeavesEveryBalanceUnchanged() {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        qt().withExamples(2_000).forAll(operations()).checkAssert(operations -> {
            Ledger ledger = new Ledger();
            for (Operation operation : operations) {
                Map<Account, Long> before = ledger.book.snapshot();
                Outcome outcome = ledger.run(operation);
                outcomes.merge(outcome, 1L, Long::sum);
                if (outcome == Outcome.REFUSED) {
                    assertThat(ledger.book.snapshot()).as("balances after refused %s", operation).isEqualTo(before);
                }
            }
        });
        // Without refusals among the samples this property would pass without checking anything.
        long all = outcomes.values().stream().mapToLong(Long::longValue).sum();
        assertThat(outcomes.getOrDefault(Outcome.REFUSED, 0L) * 100)
                .as("refused operations, in hundredths of all %s operations: %s", all, outcomes)
                .isGreaterThanOrEqualTo(5 * all);
    }

    /** Lists of 1 to 60 operations, each kind equally likely except deposits, which come twice as often. */
    private static Gen<List<Operation>> operations() {
        Gen<String> users = arbitrary().pick(USERS);
        Gen<Money> amounts = longs().between(1_000, 1_000_000).map(Money::ofCents);
        Gen<Integer> picks = integers().between(0, 1_000);
        Gen<Operation> deposits = users.zip(amounts, DepositCredited::new);
        Gen<Operation> offersAccepted = users.zip(amounts, OfferAccepted::new);
        Gen<Operation> offersRefunded = picks.map(OfferRefunded::new);
        Gen<Operation> completionsApproved = picks.zip(users, CompletionApproved::new);
        Gen<Operation> withdrawalsReserved = users.zip(amounts, WithdrawalReserved::new);
        Gen<Operation> withdrawalsCompleted = picks.map(WithdrawalCompleted::new);
        Gen<Operation> withdrawalsReturned = picks.map(WithdrawalReturned::new);
        Gen<Operation> operation = Generate.oneOf(deposits, deposits, offersAccepted, offersRefunded,
                completionsApproved, withdrawalsReserved, withdrawalsCompleted, withdrawalsReturned);
        return lists().of(operation).ofSizeBetween(1, 60);
    }

    enum Outcome {
        APPLIED, REFUSED, NOTHING_TO_SETTLE
    }

    /** One business operation; {@code pick} chooses among the offers in escrow or the withdrawals reserved. */
    sealed interface Operation {
    }

    record DepositCredited(String user, Money amount) implements Operation {
    }

    record OfferAccepted(String customer, Money amount) implements Operation {
    }

    record OfferRefunded(int pick) implements Operation {
    }

    record CompletionApproved(int pick, String contractor) implements Operation {
    }

    record WithdrawalReserved(String contractor, Money amount) implements Operation {
    }

    record WithdrawalCompleted(int pick) implements Operation {
    }

    record WithdrawalReturned(int pick) implements Operation {
    }

    private record Escrowed(String customer, Fees fees) {
    }

    private record Reserved(String contractor, Money amount) {
    }

    /** The book plus what the test knows should be in escrow and in withdrawals pending. */
    private static final class Ledger {
        final Book book = new Book();
        final List<Escrowed> escrowed = new ArrayList<>();
        final List<Reserved> reserved = new ArrayList<>();
        int nextId;

        /** Runs the operation and reports what the book did with it; only overdrafts may be refused. */
        Outcome run(Operation operation) {
            String id = "t-" + nextId++;
            if (operation instanceof DepositCredited deposit) {
                return apply(Transfers.depositCredited(Times.NOW, new DepositId(id), new UserId(deposit.user()), deposit.amount()));
            }
            if (operation instanceof OfferAccepted offer) {
                Fees fees = FeeSchedule.STANDARD.feesFor(offer.amount());
                Outcome outcome = applyUnlessOverdrawn(Transfers.offerAccepted(id, Times.NOW, new UserId(offer.customer()), fees, Subjects.OFFER),
                        offer.customer());
                if (outcome == Outcome.APPLIED) {
                    escrowed.add(new Escrowed(offer.customer(), fees));
                }
                return outcome;
            }
            if (operation instanceof WithdrawalReserved withdrawal) {
                Outcome outcome = applyUnlessOverdrawn(
                        Transfers.withdrawalReserved(id, Times.NOW, new UserId(withdrawal.contractor()), withdrawal.amount(),
                                Subjects.WITHDRAWAL),
                        withdrawal.contractor());
                if (outcome == Outcome.APPLIED) {
                    reserved.add(new Reserved(withdrawal.contractor(), withdrawal.amount()));
                }
                return outcome;
            }
            return settle(id, operation);
        }

        private Outcome settle(String id, Operation operation) {
            if (operation instanceof OfferRefunded refund && !escrowed.isEmpty()) {
                Escrowed offer = escrowed.remove(refund.pick() % escrowed.size());
                return apply(Transfers.offerRefunded(id, Times.NOW, new UserId(offer.customer()), offer.fees(), Subjects.OFFER));
            }
            if (operation instanceof CompletionApproved approval && !escrowed.isEmpty()) {
                Escrowed offer = escrowed.remove(approval.pick() % escrowed.size());
                return apply(Transfers.completionApproved(id, Times.NOW, new UserId(approval.contractor()), offer.fees(),
                        Subjects.OFFER));
            }
            if (operation instanceof WithdrawalCompleted completion && !reserved.isEmpty()) {
                Reserved withdrawal = reserved.remove(completion.pick() % reserved.size());
                return apply(Transfers.withdrawalCompleted(id, Times.NOW, withdrawal.amount(), Subjects.WITHDRAWAL));
            }
            if (operation instanceof WithdrawalReturned returned && !reserved.isEmpty()) {
                Reserved withdrawal = reserved.remove(returned.pick() % reserved.size());
                return apply(Transfers.withdrawalReturned(id, Times.NOW, new UserId(withdrawal.contractor()),
                        withdrawal.amount(), Subjects.WITHDRAWAL));
            }
            return Outcome.NOTHING_TO_SETTLE;
        }

        /** A transfer that only adds to wallets is never refused. */
        private Outcome apply(Transfer transfer) {
            book.apply(transfer);
            return Outcome.APPLIED;
        }

        /** A transfer out of a wallet is refused exactly when the wallet holds less than it takes. */
        private Outcome applyUnlessOverdrawn(Transfer transfer, String user) {
            long available = book.balanceOf(Account.wallet(new UserId(user)));
            long required = -transfer.netChangeOf(Account.wallet(new UserId(user)));
            if (available >= required) {
                book.apply(transfer);
                return Outcome.APPLIED;
            }
            assertThatThrownBy(() -> book.apply(transfer)).isInstanceOf(BusinessRuleViolated.class)
                    .hasMessage("Insufficient balance");
            return Outcome.REFUSED;
        }

        long escrowedCents() {
            return escrowed.stream().mapToLong(offer -> offer.fees().totalCharge().cents()).sum();
        }

        long reservedCents() {
            return reserved.stream().mapToLong(withdrawal -> withdrawal.amount().cents()).sum();
        }
    }
}
