package com.jobsphere.domain.job;

import com.jobsphere.domain.common.Transitions;

/** A job's life. */
public enum JobStatus {
    OPEN, ASSIGNED, IN_PROGRESS, COMPLETED, CANCELLED;

    /**
     * The reference's transitions, plus {@code assigned → open}, which only the rejection of an
     * accepted offer may take (never a PATCH).
     */
    public static final Transitions<JobStatus> TRANSITIONS = Transitions.of(JobStatus.class)
            .from(OPEN, ASSIGNED, CANCELLED)
            .from(ASSIGNED, IN_PROGRESS, CANCELLED, OPEN)
            .from(IN_PROGRESS, COMPLETED, CANCELLED)
            .build();

    /** The transitions the reference lists for {@code PATCH /api/job/:id/status}. */
    public static boolean isListedInReference(JobStatus from, JobStatus to) {
        return TRANSITIONS.allows(from, to) && to != OPEN;
    }
}
