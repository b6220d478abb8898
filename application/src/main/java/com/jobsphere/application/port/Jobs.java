package com.jobsphere.application.port;

import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.util.Optional;

/** Jobs. */
public interface Jobs {
    void add(Job job);

    Optional<Job> byId(String id);

    /** Locks the job's row for the rest of the transaction. */
    Optional<Job> lock(String id);

    void save(Job job);

    /**
     * Jobs visible to a user, newest first: {@code customerId} set → that customer's jobs;
     * {@code contractorId} set → open jobs and jobs assigned to that contractor; both null → all.
     */
    Page<Job> list(String customerId, String contractorId, JobStatus status, PageRequest page);
}
