package com.jobsphere.application.port;

import com.jobsphere.domain.job.JobApplication;
import java.util.List;
import java.util.Optional;

/** Contractors' applications to jobs. */
public interface Applications {
    /** Adds an application; one per (job, contractor), enforced by the store: a second → {@link com.jobsphere.domain.common.BusinessRuleViolated}. */
    void add(JobApplication application);

    Optional<JobApplication> byId(String id);

    Optional<JobApplication> lock(String id);

    void save(JobApplication application);

    /** The job's applications, oldest first. */
    List<JobApplication> byJob(String jobId);

    /** The contractor's applications, newest first. */
    List<JobApplication> byContractor(String contractorId);
}
