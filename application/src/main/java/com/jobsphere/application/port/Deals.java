package com.jobsphere.application.port;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's deal (CONTRACT.md §12): the job, its applications, its live offer and pending completion request,
 * locked through one root, the job's row. Every use case that touches any of them goes through here, so the
 * order is the same everywhere: the job first, then its other rows, then (by the ledger) wallet and balance
 * rows. Two operations on one job can wait for each other but never deadlock.
 */
public interface Deals {
    /**
     * Locks the job's row for the rest of the transaction and loads its deal: the children are read after the
     * lock is held, so they are as the last holder left them. A request that names an offer, an application or a
     * completion request finds its job through it first. Empty if the named thing does not exist.
     */
    Optional<Deal> lock(DealKey key);

    /** Loads the deal without locking, for reads; what it shows may change once the read is over. */
    Optional<Deal> read(DealKey key);

    /** Writes a decision's changed rows, in order. Its ledger transfer is the ledger's to post. */
    void record(Decision decision);

    /** How a request finds its deal: by the job, or by one of the job's offers, applications or completion requests. */
    sealed interface DealKey {
        record ByJob(JobId jobId) implements DealKey {
            public ByJob {
                Objects.requireNonNull(jobId, "jobId");
            }
        }

        record ByOffer(OfferId offerId) implements DealKey {
            public ByOffer {
                Objects.requireNonNull(offerId, "offerId");
            }
        }

        record ByApplication(ApplicationId applicationId) implements DealKey {
            public ByApplication {
                Objects.requireNonNull(applicationId, "applicationId");
            }
        }

        record ByCompletion(CompletionRequestId requestId) implements DealKey {
            public ByCompletion {
                Objects.requireNonNull(requestId, "requestId");
            }
        }
    }
}
