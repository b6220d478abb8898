package com.jobsphere.application.port;

import com.jobsphere.domain.offer.Offer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Offers. At most one live ({@code pending} or {@code accepted}) offer per job, enforced by the store. */
public interface Offers {
    /** Adds an offer; a second live offer on the job → {@link com.jobsphere.domain.common.BusinessRuleViolated}. */
    void add(Offer offer);

    Optional<Offer> byId(String id);

    Optional<Offer> lock(String id);

    void save(Offer offer);

    /** The job's live offer, if any. */
    Optional<Offer> liveForJob(String jobId);

    /** The newest offer made on an application, if any. */
    Optional<Offer> latestForApplication(String applicationId);

    /** Ids of pending offers whose {@code expiresAt} is at or before {@code now}, at most {@code limit}. */
    List<String> pendingExpiredBy(Instant now, int limit);
}
