package com.jobsphere.application.port;

import com.jobsphere.domain.common.OfferId;
import java.time.Instant;
import java.util.List;

/** Offers, for the expiry sweep. Offers change only through their deal ({@link Deals}). */
public interface Offers {
    /** Ids of pending offers whose {@code expiresAt} is at or before {@code now}, at most {@code limit}. */
    List<OfferId> pendingExpiredBy(Instant now, int limit);
}
