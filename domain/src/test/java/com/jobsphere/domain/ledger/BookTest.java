package com.jobsphere.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.testdata.Subjects;
import com.jobsphere.domain.testdata.Times;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookTest {
    private static final Fees HUNDRED_DOLLAR_OFFER = FeeSchedule.STANDARD.feesFor(Money.dollars(100));
    private static final Account CUSTOMER = Account.wallet(new UserId("customer-1"));
    private static final Account CONTRACTOR = Account.wallet(new UserId("contractor-1"));

    @Test
    void anOfferTheCustomerCannotCoverIsRefusedWithTheMessageTheAppMatchesOn() {
        Book book = bookWithDeposit(Money.dollars(50));

        assertThatThrownBy(() -> book.apply(Transfers.offerAccepted("t-2", Times.NOW, new UserId("customer-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER)))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("amount", "Required: $105, Available: $50")))
                .hasMessage("Insufficient balance");
    }

    @Test
    void anInsufficientBalanceNamesCentsWhenThereAreAny() {
        Book book = bookWithDeposit(Money.parse("52.50", "amount"));
        Fees fees = FeeSchedule.STANDARD.feesFor(Money.parse("60.00", "amount"));

        assertThatThrownBy(() -> book.apply(Transfers.offerAccepted("t-2", Times.NOW, new UserId("customer-1"), fees, Subjects.OFFER)))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("amount", "Required: $63, Available: $52.50")));
    }

    @Test
    void aRefusedTransferLeavesEveryBalanceUnchanged() {
        Book book = bookWithDeposit(Money.dollars(50));
        Map<Account, Long> before = book.snapshot();
        // The escrow and revenue legs come first and would be applied if the book did not check the whole transfer.
        Transfer overdraft = new Transfer("t-2", TransferType.OFFER_ACCEPTED, List.of(
                new Posting(Account.ESCROW, 8_000), new Posting(Account.REVENUE, 2_500), new Posting(CUSTOMER, -10_500)),
                Times.NOW, Subjects.OFFER);

        assertThatThrownBy(() -> book.apply(overdraft)).isInstanceOf(BusinessRuleViolated.class);
        assertThat(book.snapshot()).isEqualTo(before);
    }

    @Test
    void aWalletMayBeEmptiedToExactlyZero() {
        Book book = bookWithDeposit(HUNDRED_DOLLAR_OFFER.totalCharge());

        book.apply(Transfers.offerAccepted("t-2", Times.NOW, new UserId("customer-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER));

        assertThat(book.balanceOf(CUSTOMER)).isZero();
        assertThat(book.balanceOf(Account.ESCROW)).isEqualTo(10_500);
    }

    @Test
    void anOfferFromDepositToPayoutLeavesTheMoneyWhereTheContractSays() {
        Book book = bookWithDeposit(Money.dollars(200));

        book.apply(Transfers.offerAccepted("t-2", Times.NOW, new UserId("customer-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER));
        book.apply(Transfers.completionApproved("t-3", Times.NOW, new UserId("contractor-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER));

        assertThat(book.snapshot()).containsOnly(
                Map.entry(Account.STRIPE_CLEARING, -20_000L),
                Map.entry(CUSTOMER, 9_500L),
                Map.entry(Account.ESCROW, 0L),
                Map.entry(CONTRACTOR, 8_000L),
                Map.entry(Account.REVENUE, 2_500L));
        assertThat(book.total()).isZero();
    }

    @Test
    void platformAccountsAreNotHeldToTheWalletRule() {
        Book book = new Book();

        book.apply(Transfers.withdrawalCompleted("t-1", Times.NOW, Money.dollars(5), Subjects.WITHDRAWAL));

        assertThat(book.balanceOf(Account.WITHDRAWALS_PENDING)).isEqualTo(-500);
    }

    private static Book bookWithDeposit(Money amount) {
        Book book = new Book();
        book.apply(Transfers.depositCredited(Times.NOW, Subjects.DEPOSIT, new UserId("customer-1"), amount));
        return book;
    }
}
