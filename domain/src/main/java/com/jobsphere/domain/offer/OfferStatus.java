package com.jobsphere.domain.offer;

import com.jobsphere.domain.common.Transitions;

/** An offer's life. {@code pending} and {@code accepted} are live: at most one live offer per job. */
public enum OfferStatus {
    PENDING, ACCEPTED, REJECTED, EXPIRED, CANCELLED;

    public static final Transitions<OfferStatus> TRANSITIONS = Transitions.of(OfferStatus.class)
            .from(PENDING, ACCEPTED, REJECTED, EXPIRED, CANCELLED)
            // The contractor may still reject an accepted offer before work starts; the customer may cancel the job.
            .from(ACCEPTED, REJECTED, CANCELLED)
            .build();

    public boolean isLive() {
        return this == PENDING || this == ACCEPTED;
    }
}
