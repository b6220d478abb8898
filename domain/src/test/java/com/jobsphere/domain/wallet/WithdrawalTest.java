package com.jobsphere.domain.wallet;

import static com.jobsphere.domain.testdata.Withdrawals.pendingWithdrawal;
import static com.jobsphere.domain.testdata.Withdrawals.processingWithdrawal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.testdata.Times;
import com.jobsphere.domain.testdata.Withdrawals;
import org.junit.jupiter.api.Test;

class WithdrawalTest {

    @Test
    void aRequestedWithdrawalIsPending() {
        Withdrawal withdrawal = pendingWithdrawal();

        assertThat(withdrawal.status()).isEqualTo(WithdrawalStatus.PENDING);
        assertThat(withdrawal.amount()).isEqualTo(Money.dollars(50));
        assertThat(withdrawal.requestedAt()).isEqualTo(Times.NOW);
        assertThat(withdrawal.processedAt()).isNull();
    }

    @Test
    void theStripeIdempotencyKeyIsDerivedFromTheWithdrawalAlone() {
        assertThat(pendingWithdrawal().transferIdempotencyKey()).isEqualTo("withdrawal-withdrawal-1")
                .isEqualTo(processingWithdrawal().transferIdempotencyKey());
    }

    @Test
    void completingRecordsTheStripeTransferAndWhen() {
        Withdrawal withdrawal = processingWithdrawal().complete("tr_123", Times.minutesLater(1));

        assertThat(withdrawal.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(withdrawal.stripeTransferId()).isEqualTo("tr_123");
        assertThat(withdrawal.processedAt()).isEqualTo(Times.minutesLater(1));
    }

    @Test
    void failingRecordsWhyAndWhen() {
        Withdrawal withdrawal = processingWithdrawal().fail("account closed", Times.minutesLater(1));

        assertThat(withdrawal.status()).isEqualTo(WithdrawalStatus.FAILED);
        assertThat(withdrawal.failureReason()).isEqualTo("account closed");
        assertThat(withdrawal.processedAt()).isEqualTo(Times.minutesLater(1));
    }

    @Test
    void rejectingAPendingWithdrawalRecordsWhy() {
        Withdrawal withdrawal = pendingWithdrawal().reject("suspicious", Times.minutesLater(1));

        assertThat(withdrawal.status()).isEqualTo(WithdrawalStatus.REJECTED);
        assertThat(withdrawal.failureReason()).isEqualTo("suspicious");
    }

    @Test
    void completingWithoutProcessingIsRefused() {
        assertThatThrownBy(() -> pendingWithdrawal().complete("tr_123", Times.minutesLater(1)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from pending to completed");
    }

    @Test
    void rejectingAWithdrawalBeingPaidOutIsRefused() {
        assertThatThrownBy(() -> processingWithdrawal().reject("too late", Times.minutesLater(1)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from processing to rejected");
    }

    @Test
    void processingTwiceIsRefused() {
        assertThatThrownBy(() -> processingWithdrawal().startProcessing(Withdrawals.contractorWallet(), Times.NOW))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from processing to processing");
    }

    @Test
    void approvingTheWithdrawalOfAFrozenWalletIsRefusedBeforeAnyTransfer() {
        var frozen = Withdrawals.contractorWallet().freeze("fraud review", Times.NOW);

        assertThatThrownBy(() -> Withdrawals.pendingWithdrawal().startProcessing(frozen, Times.minutesLater(1)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessageContaining("frozen");
    }

    @Test
    void processingRecordsSinceWhenAndTheEndClearsIt() {
        Withdrawal processing = Withdrawals.pendingWithdrawal().startProcessing(Withdrawals.contractorWallet(),
                Times.minutesLater(1));

        assertThat(processing.processingSince()).isEqualTo(Times.minutesLater(1));
        assertThat(processing.complete("tr_1", Times.minutesLater(2)).processingSince()).isNull();
        assertThat(processing.fail("closed", Times.minutesLater(2)).processingSince()).isNull();
    }

    @Test
    void onlyTheContractorsOwnWalletDecides() {
        var someoneElses = Wallet.open("wallet-x", new UserId("someone-else"), Times.NOW);

        assertThatThrownBy(() -> Withdrawals.pendingWithdrawal().startProcessing(someoneElses, Times.NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
