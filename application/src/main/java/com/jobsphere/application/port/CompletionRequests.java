package com.jobsphere.application.port;

import com.jobsphere.domain.job.CompletionRequestStatus;

/** Customers' requests that an admin approve a job's completion, as the admins' list shows them. */
public interface CompletionRequests {
    /**
     * Newest first; {@code status} null lists all. Each item comes with its job's title, the
     * customer, the contractor and the payout approval would make, in one query per page.
     */
    Page<CompletionRequestView> list(CompletionRequestStatus status, PageRequest page);
}
