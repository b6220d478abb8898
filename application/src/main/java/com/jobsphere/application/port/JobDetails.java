package com.jobsphere.application.port;

import com.jobsphere.domain.job.Job;

/** A job with its customer and (once assigned) its contractor populated. */
public record JobDetails(Job job, Party postedBy, Party contractor) {
}
