package com.jobsphere.domain.job;

import com.jobsphere.domain.testdata.TransitionTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class JobStatusTest {
    /** CONTRACT.md §5 and the reference, plus assigned → open, taken only when an accepted offer is rejected. */
    private static final TransitionTable<JobStatus> EXPECTED = TransitionTable.of(JobStatus.class,
            "open        -> assigned, cancelled",
            "assigned    -> in_progress, cancelled, open",
            "in_progress -> completed, cancelled",
            "completed   ->",
            "cancelled   ->");

    /** The reference's "Valid Status Transitions" for PATCH /api/job/:id/status, without assigned → open. */
    private static final TransitionTable<JobStatus> LISTED_IN_REFERENCE = TransitionTable.of(JobStatus.class,
            "open        -> assigned, cancelled",
            "assigned    -> in_progress, cancelled",
            "in_progress -> completed, cancelled",
            "completed   ->",
            "cancelled   ->");

    @TestFactory
    Stream<DynamicTest> everyJobTransitionIsAllowedExactlyAsTheContractSays() {
        return EXPECTED.checkAgainst(JobStatus.TRANSITIONS);
    }

    @TestFactory
    Stream<DynamicTest> onlyTheReferenceTransitionsAreListedForPatch() {
        return LISTED_IN_REFERENCE.checkAgainst(JobStatus::isListedInReference);
    }
}
