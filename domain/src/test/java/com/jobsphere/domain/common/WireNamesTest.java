package com.jobsphere.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.domain.job.JobStatus;
import org.junit.jupiter.api.Test;

class WireNamesTest {

    @Test
    void statesTravelInLowerSnakeCase() {
        assertThat(WireNames.of(JobStatus.IN_PROGRESS)).isEqualTo("in_progress");
        assertThat(WireNames.parse(JobStatus.class, "in_progress")).contains(JobStatus.IN_PROGRESS);
    }

    @Test
    void anUnknownOrUpperCaseOrMissingNameIsNotAState() {
        assertThat(WireNames.parse(JobStatus.class, "IN_PROGRESS")).isEmpty();
        assertThat(WireNames.parse(JobStatus.class, "done")).isEmpty();
        assertThat(WireNames.parse(JobStatus.class, null)).isEmpty();
    }

    @Test
    void everyJobStatusReadsBackFromItsWireName() {
        for (JobStatus status : JobStatus.values()) {
            assertThat(WireNames.parse(JobStatus.class, WireNames.of(status))).contains(status);
        }
    }
}
