package com.jobsphere.application.port;

import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.offer.Offer;

/** An application with its contractor, its job and its current offer (null if none). */
public record ApplicationDetails(JobApplication application, Party contractor, Job job, Offer offer) {
}
