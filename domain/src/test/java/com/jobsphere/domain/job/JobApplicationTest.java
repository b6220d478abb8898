package com.jobsphere.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class JobApplicationTest {
    private static final JobApplication PENDING = JobApplication.submit(new ApplicationId("application-1"), new JobId("job-1"), new UserId("contractor-1"),
            "I can start Monday", Times.NOW);

    @Test
    void aSubmittedApplicationIsPending() {
        assertThat(PENDING.status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(PENDING.createdAt()).isEqualTo(Times.NOW).isEqualTo(PENDING.updatedAt());
    }

    @Test
    void anOfferMovesTheApplicationAndRecordsWhen() {
        JobApplication offered = PENDING.moveTo(ApplicationStatus.OFFERED, Times.minutesLater(1));

        assertThat(offered.status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(offered.updatedAt()).isEqualTo(Times.minutesLater(1));
        assertThat(offered.createdAt()).isEqualTo(Times.NOW);
    }

    @Test
    void acceptingAnApplicationWithoutAnOfferIsRefused() {
        assertThatThrownBy(() -> PENDING.moveTo(ApplicationStatus.ACCEPTED, Times.minutesLater(1)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from pending to accepted");
    }
}
