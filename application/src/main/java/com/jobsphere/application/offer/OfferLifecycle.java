package com.jobsphere.application.offer;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.offer.Offer;
import java.time.Instant;

/** Changes to an offer that also move its application, written once. */
public final class OfferLifecycle {
    private OfferLifecycle() {
    }

    /** Marks a pending offer past its expiry as expired; its application goes back to pending. */
    public static Offer expire(Stores stores, Offer offer, Instant at) {
        Offer expired = offer.expire(at);
        stores.offers().save(expired);
        moveApplication(stores, offer.applicationId(), ApplicationStatus.PENDING, at);
        return expired;
    }

    public static void moveApplication(Stores stores, String applicationId, ApplicationStatus target, Instant at) {
        JobApplication application = Lookups.found(stores.applications().lock(applicationId), "Application");
        stores.applications().save(application.moveTo(target, at));
    }
}
