package com.jobsphere.domain.ledger;

import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.WithdrawalId;
import java.util.Objects;

/**
 * What a transfer moved money for. The user-facing history is read from transfers through this, so a deposit,
 * a withdrawal or an offer shows as one item, named by its own id.
 */
public sealed interface Subject {
    record Deposit(DepositId depositId) implements Subject {
        public Deposit {
            Objects.requireNonNull(depositId, "depositId");
        }
    }

    record Withdrawal(WithdrawalId withdrawalId) implements Subject {
        public Withdrawal {
            Objects.requireNonNull(withdrawalId, "withdrawalId");
        }
    }

    record Offer(OfferId offerId, JobId jobId) implements Subject {
        public Offer {
            Objects.requireNonNull(offerId, "offerId");
            Objects.requireNonNull(jobId, "jobId");
        }
    }
}
