package com.jobsphere.domain.job;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A contractor's application to a job. A contractor applies once per job. */
public record JobApplication(ApplicationId id, JobId jobId, UserId contractorId, String message,
        ApplicationStatus status, Instant createdAt, Instant updatedAt) {

    public JobApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(contractorId, "contractorId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static JobApplication submit(ApplicationId id, JobId jobId, UserId contractorId, String message, Instant at) {
        return new JobApplication(id, jobId, contractorId, message, ApplicationStatus.PENDING, at, at);
    }

    public JobApplication moveTo(ApplicationStatus target, Instant at) {
        ApplicationStatus.TRANSITIONS.check(status, target);
        return new JobApplication(id, jobId, contractorId, message, target, createdAt, at);
    }
}
