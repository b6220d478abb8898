package com.jobsphere.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class CompletionRequestTest {
    private static final CompletionRequest PENDING = CompletionRequest.open(new CompletionRequestId("request-1"), new JobId("job-1"), new UserId("customer-1"), Times.NOW);

    @Test
    void anOpenedRequestIsPendingAndUnresolved() {
        assertThat(PENDING.status()).isEqualTo(CompletionRequestStatus.PENDING);
        assertThat(PENDING.resolvedAt()).isNull();
    }

    @Test
    void rejectingRecordsTheReasonAndWhen() {
        CompletionRequest rejected = PENDING.resolve(CompletionRequestStatus.REJECTED, "Photos missing",
                Times.minutesLater(1));

        assertThat(rejected.status()).isEqualTo(CompletionRequestStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Photos missing");
        assertThat(rejected.resolvedAt()).isEqualTo(Times.minutesLater(1));
    }

    @Test
    void approvingTwiceIsRefused() {
        CompletionRequest approved = PENDING.resolve(CompletionRequestStatus.APPROVED, null, Times.minutesLater(1));

        assertThatThrownBy(() -> approved.resolve(CompletionRequestStatus.APPROVED, null, Times.minutesLater(2)))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from approved to approved");
    }
}
