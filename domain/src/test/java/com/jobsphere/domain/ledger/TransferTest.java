package com.jobsphere.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Subjects;
import com.jobsphere.domain.testdata.Times;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferTest {
    private static final Account ALICE = Account.wallet(new UserId("alice"));

    @Test
    void aTransferOfNoPostingsIsRefused() {
        assertThatThrownBy(() -> transferOf()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransferOfOnePostingIsRefused() {
        assertThatThrownBy(() -> transferOf(new Posting(ALICE, 100))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransferWhosePostingsDoNotSumToZeroIsRefused() {
        assertThatThrownBy(() -> transferOf(new Posting(ALICE, -100), new Posting(Account.ESCROW, 99)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to zero");
    }

    @Test
    void aTransferWhosePostingsOverflowIsRefused() {
        assertThatThrownBy(() -> transferOf(new Posting(ALICE, Long.MAX_VALUE), new Posting(Account.ESCROW, 1),
                new Posting(Account.REVENUE, Long.MIN_VALUE))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aBalancedTransferOfThreePostingsIsAccepted() {
        Transfer transfer = transferOf(new Posting(Account.ESCROW, -10_500), new Posting(ALICE, 8_000),
                new Posting(Account.REVENUE, 2_500));

        assertThat(transfer.postings()).hasSize(3);
        assertThat(transfer.netChangeOf(ALICE)).isEqualTo(8_000);
        assertThat(transfer.netChangeOf(Account.WITHDRAWALS_PENDING)).isZero();
    }

    @Test
    void theNetChangeAddsEveryPostingToTheSameAccount() {
        Transfer transfer = transferOf(new Posting(ALICE, -300), new Posting(ALICE, 100), new Posting(Account.ESCROW, 200));

        assertThat(transfer.netChangeOf(ALICE)).isEqualTo(-200);
    }

    @Test
    void aPostingOfZeroIsRefused() {
        assertThatThrownBy(() -> new Posting(ALICE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransfersPostingsCannotBeChangedAfterwards() {
        Transfer transfer = transferOf(new Posting(ALICE, -1), new Posting(Account.ESCROW, 1));

        assertThatThrownBy(() -> transfer.postings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Transfer transferOf(Posting... postings) {
        return new Transfer("transfer-1", TransferType.OFFER_ACCEPTED, List.of(postings), Times.NOW, Subjects.OFFER);
    }
}
