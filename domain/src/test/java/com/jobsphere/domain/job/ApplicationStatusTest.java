package com.jobsphere.domain.job;

import com.jobsphere.domain.testdata.TransitionTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ApplicationStatusTest {
    /**
     * CONTRACT.md §5, plus the two undo moves of §6: rejecting an accepted offer puts its application
     * back to pending, and the applications that acceptance rejected return to pending.
     */
    private static final TransitionTable<ApplicationStatus> EXPECTED = TransitionTable.of(ApplicationStatus.class,
            "pending  -> offered, rejected",
            "offered  -> accepted, pending, rejected",
            "accepted -> pending",
            "rejected -> pending");

    @TestFactory
    Stream<DynamicTest> everyApplicationTransitionIsAllowedExactlyAsTheContractSays() {
        return EXPECTED.checkAgainst(ApplicationStatus.TRANSITIONS);
    }
}
