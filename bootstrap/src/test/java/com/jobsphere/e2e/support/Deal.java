package com.jobsphere.e2e.support;

/** A job between a customer and a contractor, with the application and the offer that tie them. */
public record Deal(User customer, User contractor, String jobId, String applicationId, String offerId) {
}
