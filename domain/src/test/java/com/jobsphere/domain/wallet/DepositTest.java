package com.jobsphere.domain.wallet;

import static com.jobsphere.domain.testdata.Deposits.pendingDeposit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class DepositTest {

    @Test
    void aStartedDepositIsPendingWithoutASession() {
        Deposit deposit = pendingDeposit();

        assertThat(deposit.status()).isEqualTo(DepositStatus.PENDING);
        assertThat(deposit.sessionId()).isNull();
        assertThat(deposit.completedAt()).isNull();
    }

    @Test
    void attachingTheCheckoutSessionKeepsTheDepositPending() {
        Deposit deposit = pendingDeposit().withSession("cs_test_1");

        assertThat(deposit.sessionId()).isEqualTo("cs_test_1");
        assertThat(deposit.status()).isEqualTo(DepositStatus.PENDING);
    }

    @Test
    void completingRecordsWhenAndKeepsTheSession() {
        Deposit deposit = pendingDeposit().withSession("cs_test_1").moveTo(DepositStatus.COMPLETED, Times.minutesLater(1));

        assertThat(deposit.status()).isEqualTo(DepositStatus.COMPLETED);
        assertThat(deposit.completedAt()).isEqualTo(Times.minutesLater(1));
        assertThat(deposit.sessionId()).isEqualTo("cs_test_1");
    }

    @Test
    void aDepositIsCreditedAtMostOnce() {
        Deposit credited = pendingDeposit().moveTo(DepositStatus.COMPLETED, Times.minutesLater(1));

        assertThatThrownBy(() -> credited.moveTo(DepositStatus.COMPLETED, Times.minutesLater(2)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from completed to completed");
    }

    @Test
    void aFailedDepositIsNeverCredited() {
        Deposit failed = pendingDeposit().moveTo(DepositStatus.FAILED, Times.minutesLater(1));

        assertThatThrownBy(() -> failed.moveTo(DepositStatus.COMPLETED, Times.minutesLater(2)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from failed to completed");
    }
}
