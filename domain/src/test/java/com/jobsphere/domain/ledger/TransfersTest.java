package com.jobsphere.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.testdata.Subjects;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class TransfersTest {
    private static final Fees HUNDRED_DOLLAR_OFFER = FeeSchedule.STANDARD.feesFor(Money.dollars(100));
    private static final Account CUSTOMER = Account.wallet(new UserId("customer-1"));
    private static final Account CONTRACTOR = Account.wallet(new UserId("contractor-1"));

    @Test
    void aCreditedDepositMovesTheAmountFromStripeClearingToTheWallet() {
        Transfer transfer = Transfers.depositCredited(Times.NOW, Subjects.DEPOSIT, new UserId("customer-1"), Money.dollars(200));

        assertMoves(transfer, TransferType.DEPOSIT_CREDITED, Account.STRIPE_CLEARING, CUSTOMER, 20_000);
    }

    @Test
    void anAcceptedOfferMovesTheTotalChargeFromTheCustomersWalletToEscrow() {
        Transfer transfer = Transfers.offerAccepted("t-1", Times.NOW, new UserId("customer-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER);

        assertMoves(transfer, TransferType.OFFER_ACCEPTED, CUSTOMER, Account.ESCROW, 10_500);
    }

    @Test
    void aRefundedOfferMovesTheTotalChargeFromEscrowBackToTheCustomer() {
        Transfer transfer = Transfers.offerRefunded("t-1", Times.NOW, new UserId("customer-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER);

        assertMoves(transfer, TransferType.OFFER_REFUNDED, Account.ESCROW, CUSTOMER, 10_500);
    }

    @Test
    void anApprovedCompletionEmptiesEscrowIntoThePayoutAndTheCommission() {
        Transfer transfer = Transfers.completionApproved("t-1", Times.NOW, new UserId("contractor-1"), HUNDRED_DOLLAR_OFFER, Subjects.OFFER);

        assertThat(transfer.type()).isEqualTo(TransferType.COMPLETION_APPROVED);
        assertThat(transfer.postings()).containsExactlyInAnyOrder(new Posting(Account.ESCROW, -10_500),
                new Posting(CONTRACTOR, 8_000), new Posting(Account.REVENUE, 2_500));
    }

    @Test
    void aReservedWithdrawalMovesTheAmountFromTheWalletToWithdrawalsPending() {
        Transfer transfer = Transfers.withdrawalReserved("t-1", Times.NOW, new UserId("contractor-1"), Money.dollars(50), Subjects.WITHDRAWAL);

        assertMoves(transfer, TransferType.WITHDRAWAL_RESERVED, CONTRACTOR, Account.WITHDRAWALS_PENDING, 5_000);
    }

    @Test
    void aCompletedWithdrawalMovesTheAmountFromWithdrawalsPendingToStripeClearing() {
        Transfer transfer = Transfers.withdrawalCompleted("t-1", Times.NOW, Money.dollars(50), Subjects.WITHDRAWAL);

        assertMoves(transfer, TransferType.WITHDRAWAL_COMPLETED, Account.WITHDRAWALS_PENDING, Account.STRIPE_CLEARING,
                5_000);
    }

    @Test
    void aReturnedWithdrawalMovesTheAmountFromWithdrawalsPendingBackToTheWallet() {
        Transfer transfer = Transfers.withdrawalReturned("t-1", Times.NOW, new UserId("contractor-1"), Money.dollars(50), Subjects.WITHDRAWAL);

        assertMoves(transfer, TransferType.WITHDRAWAL_RETURNED, Account.WITHDRAWALS_PENDING, CONTRACTOR, 5_000);
    }

    @Test
    void aFlowOfZeroIsRefused() {
        assertThatThrownBy(() -> Transfers.depositCredited(Times.NOW, Subjects.DEPOSIT, new UserId("customer-1"), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransferKeepsTheIdAndTimeItWasGiven() {
        Transfer transfer = Transfers.withdrawalCompleted("t-42", Times.NOW, Money.dollars(50), Subjects.WITHDRAWAL);

        assertThat(transfer.id()).isEqualTo("t-42");
        assertThat(transfer.createdAt()).isEqualTo(Times.NOW);
    }

    private static void assertMoves(Transfer transfer, TransferType type, Account from, Account to, long cents) {
        assertThat(transfer.type()).isEqualTo(type);
        assertThat(transfer.postings()).containsExactly(new Posting(from, -cents), new Posting(to, cents));
    }
}
