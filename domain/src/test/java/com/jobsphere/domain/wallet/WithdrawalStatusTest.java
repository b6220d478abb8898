package com.jobsphere.domain.wallet;

import com.jobsphere.domain.testdata.TransitionTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class WithdrawalStatusTest {
    /**
     * CONTRACT.md §8: an admin rejects a pending withdrawal, or approves it, which starts the Stripe
     * transfer; the transfer then completes or fails.
     */
    private static final TransitionTable<WithdrawalStatus> EXPECTED = TransitionTable.of(WithdrawalStatus.class,
            "pending    -> processing, rejected",
            "processing -> completed, failed",
            "completed  ->",
            "failed     ->",
            "rejected   ->");

    @TestFactory
    Stream<DynamicTest> everyWithdrawalTransitionIsAllowedExactlyAsTheContractSays() {
        return EXPECTED.checkAgainst(WithdrawalStatus.TRANSITIONS);
    }
}
