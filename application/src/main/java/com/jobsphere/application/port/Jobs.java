package com.jobsphere.application.port;

import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.util.Optional;

/** Jobs: posting and reading. Every change to a posted job is a decision of its deal ({@link Deals}). */
public interface Jobs {
    /** Adds a newly posted job. */
    void add(Job job);

    /** The job, read without a lock. */
    Optional<Job> byId(JobId id);

    /** The job with its customer and (once assigned) its contractor populated, in one read. */
    Optional<JobDetails> details(JobId id);

    /**
     * Jobs visible to a user, newest first: {@code customerId} set → that customer's jobs;
     * {@code contractorId} set → open jobs and jobs assigned to that contractor; both null → all.
     */
    Page<Job> list(UserId customerId, UserId contractorId, JobStatus status, PageRequest page);
}
