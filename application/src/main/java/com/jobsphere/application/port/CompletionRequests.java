package com.jobsphere.application.port;

import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import java.util.List;
import java.util.Optional;

/** Customers' requests that an admin approve a job's completion. At most one pending per job. */
public interface CompletionRequests {
    void add(CompletionRequest request);

    Optional<CompletionRequest> byId(String id);

    Optional<CompletionRequest> lock(String id);

    void save(CompletionRequest request);

    Optional<CompletionRequest> pendingForJob(String jobId);

    /** Newest first; {@code status} null lists all. Bounded by {@code page}. */
    Page<CompletionRequest> list(CompletionRequestStatus status, PageRequest page);
}
