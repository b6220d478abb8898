package com.jobsphere.domain.job;

import static com.jobsphere.domain.testdata.Jobs.assignedJob;
import static com.jobsphere.domain.testdata.Jobs.completedJob;
import static com.jobsphere.domain.testdata.Jobs.inProgressJob;
import static com.jobsphere.domain.testdata.Jobs.openJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Jobs;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class JobTest {

    @Test
    void aPostedJobIsOpenAndUnassigned() {
        Job job = openJob();

        assertThat(job.status()).isEqualTo(JobStatus.OPEN);
        assertThat(job.contractorId()).isNull();
        assertThat(job.offerId()).isNull();
        assertThat(job.createdAt()).isEqualTo(Times.NOW).isEqualTo(job.updatedAt());
    }

    @Test
    void assigningRecordsTheContractorTheOfferAndWhen() {
        Job job = openJob().assign(new UserId("contractor-9"), new OfferId("offer-9"), Times.minutesLater(1));

        assertThat(job.status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(job.contractorId()).isEqualTo(new UserId("contractor-9"));
        assertThat(job.offerId()).isEqualTo(new OfferId("offer-9"));
        assertThat(job.assignedAt()).isEqualTo(Times.minutesLater(1)).isEqualTo(job.updatedAt());
    }

    @Test
    void reopeningClearsTheAssignment() {
        Job job = assignedJob().reopen(Times.minutesLater(2));

        assertThat(job.status()).isEqualTo(JobStatus.OPEN);
        assertThat(job.contractorId()).isNull();
        assertThat(job.offerId()).isNull();
        assertThat(job.assignedAt()).isNull();
        assertThat(job.createdAt()).isEqualTo(Times.NOW);
    }

    @Test
    void startingKeepsTheAssignmentAndRecordsWhen() {
        Job job = assignedJob().start(Times.minutesLater(2));

        assertThat(job.status()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(job.contractorId()).isEqualTo(Jobs.CONTRACTOR);
        assertThat(job.assignedAt()).isEqualTo(Times.minutesLater(1));
        assertThat(job.startedAt()).isEqualTo(Times.minutesLater(2));
    }

    @Test
    void completingRecordsWhen() {
        Job job = inProgressJob().complete(Times.minutesLater(3));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.completedAt()).isEqualTo(Times.minutesLater(3));
        assertThat(job.startedAt()).isEqualTo(Times.minutesLater(2));
    }

    @Test
    void aJobCanBeCancelledUntilItIsCompleted() {
        for (Job job : new Job[] {openJob(), assignedJob(), inProgressJob()}) {
            Job cancelled = job.cancel("Changed my mind", Times.minutesLater(9));

            assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(cancelled.cancellationReason()).isEqualTo("Changed my mind");
            assertThat(cancelled.cancelledAt()).isEqualTo(Times.minutesLater(9));
        }
    }

    @Test
    void cancellingACompletedJobIsRefused() {
        assertThatThrownBy(() -> completedJob().cancel("Too late", Times.minutesLater(9)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from completed to cancelled");
    }

    @Test
    void startingAnOpenJobIsRefusedNamingBothStatesInWireNames() {
        assertThatThrownBy(() -> openJob().start(Times.minutesLater(1))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from open to in_progress");
    }

    @Test
    void reopeningAStartedJobIsRefused() {
        assertThatThrownBy(() -> inProgressJob().reopen(Times.minutesLater(3))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from in_progress to open");
    }

    @Test
    void assigningAnAssignedJobIsRefused() {
        assertThatThrownBy(() -> assignedJob().assign(new UserId("contractor-2"), new OfferId("offer-2"), Times.minutesLater(2)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from assigned to assigned");
    }

    @Test
    void theCustomerAndTheAssignedContractorArePartiesToTheJob() {
        assertThat(assignedJob().isPartyTo(Jobs.CUSTOMER)).isTrue();
        assertThat(assignedJob().isPartyTo(Jobs.CONTRACTOR)).isTrue();
        assertThat(assignedJob().isPartyTo(new UserId("someone-else"))).isFalse();
        assertThat(openJob().isPartyTo(Jobs.CONTRACTOR)).isFalse();
    }
}
