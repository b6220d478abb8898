package com.jobsphere.domain.job;

import com.jobsphere.domain.common.Transitions;

/** A contractor's application to one job. */
public enum ApplicationStatus {
    PENDING, OFFERED, ACCEPTED, REJECTED;

    public static final Transitions<ApplicationStatus> TRANSITIONS = Transitions.of(ApplicationStatus.class)
            .from(PENDING, OFFERED, REJECTED)
            .from(OFFERED, ACCEPTED, PENDING, REJECTED)
            // An accepted offer that the contractor rejects before starting puts the application back.
            .from(ACCEPTED, PENDING)
            // Applications rejected by an acceptance return when that acceptance is undone.
            .from(REJECTED, PENDING)
            .build();

    /** Pending or offered: still in the running, so an acceptance or a cancellation rejects it. */
    public boolean isOpen() {
        return this == PENDING || this == OFFERED;
    }
}
