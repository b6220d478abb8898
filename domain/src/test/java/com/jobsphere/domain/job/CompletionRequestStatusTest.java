package com.jobsphere.domain.job;

import com.jobsphere.domain.testdata.TransitionTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CompletionRequestStatusTest {
    /** CONTRACT.md §7: an admin approves or rejects; cancelling the job closes a pending request. */
    private static final TransitionTable<CompletionRequestStatus> EXPECTED = TransitionTable.of(
            CompletionRequestStatus.class,
            "pending   -> approved, rejected, cancelled",
            "approved  ->",
            "rejected  ->",
            "cancelled ->");

    @TestFactory
    Stream<DynamicTest> everyCompletionRequestTransitionIsAllowedExactlyAsTheContractSays() {
        return EXPECTED.checkAgainst(CompletionRequestStatus.TRANSITIONS);
    }
}
