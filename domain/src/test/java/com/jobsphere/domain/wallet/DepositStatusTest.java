package com.jobsphere.domain.wallet;

import com.jobsphere.domain.testdata.TransitionTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DepositStatusTest {
    /** CONTRACT.md §8: a deposit is credited once, or fails, or is cancelled; nothing leaves those states. */
    private static final TransitionTable<DepositStatus> EXPECTED = TransitionTable.of(DepositStatus.class,
            "pending   -> completed, failed, cancelled",
            "completed ->",
            "failed    ->",
            "cancelled ->");

    @TestFactory
    Stream<DynamicTest> everyDepositTransitionIsAllowedExactlyAsTheContractSays() {
        return EXPECTED.checkAgainst(DepositStatus.TRANSITIONS);
    }
}
