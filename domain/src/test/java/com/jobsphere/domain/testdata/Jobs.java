package com.jobsphere.domain.testdata;

import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.money.Money;

/** Jobs in each state, each one step further than the last, a minute apart from {@link Times#NOW}. */
public final class Jobs {
    public static final String CUSTOMER = Offers.CUSTOMER;
    public static final String CONTRACTOR = Offers.CONTRACTOR;

    private Jobs() {
    }

    public static Job openJob() {
        return Job.post("job-1", CUSTOMER, "Kitchen tiles", "Replace the cracked kitchen tiles", Money.dollars(150),
                "renovation", "Austin", Times.NOW);
    }

    public static Job assignedJob() {
        return openJob().assign(CONTRACTOR, "offer-1", Times.minutesLater(1));
    }

    public static Job inProgressJob() {
        return assignedJob().start(Times.minutesLater(2));
    }

    public static Job completedJob() {
        return inProgressJob().complete(Times.minutesLater(3));
    }
}
