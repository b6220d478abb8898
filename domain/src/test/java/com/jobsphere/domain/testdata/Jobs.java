package com.jobsphere.domain.testdata;

import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.money.Money;

/** Jobs in each state, each one step further than the last, a minute apart from {@link Times#NOW}. */
public final class Jobs {
    public static final UserId CUSTOMER = Offers.CUSTOMER;
    public static final UserId CONTRACTOR = Offers.CONTRACTOR;

    private Jobs() {
    }

    public static Job openJob() {
        return Job.post(new JobId("job-1"), CUSTOMER, "Kitchen tiles", "Replace the cracked kitchen tiles", Money.dollars(150),
                "renovation", "Austin", Times.NOW);
    }

    public static Job assignedJob() {
        return openJob().assign(CONTRACTOR, new OfferId("offer-1"), Times.minutesLater(1));
    }

    public static Job inProgressJob() {
        return assignedJob().start(Times.minutesLater(2));
    }

    public static Job completedJob() {
        return inProgressJob().complete(Times.minutesLater(3));
    }
}
