package com.jobsphere.application.port;

import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;

/**
 * Contractors' applications, as the lists show them. Each list is one query for its page, the contractor or the
 * job and the current offer joined in, never a query per item. Applications change only through their deal.
 */
public interface Applications {
    /** The job's applications, oldest first, each with its contractor populated and its current offer. */
    Page<ApplicationDetails> ofJob(JobId jobId, PageRequest page);

    /** The contractor's applications, newest first, each with its job and current offer. */
    Page<ApplicationDetails> ofContractor(UserId contractorId, PageRequest page);
}
