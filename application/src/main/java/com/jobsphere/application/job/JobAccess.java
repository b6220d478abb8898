package com.jobsphere.application.job;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.user.User;

/** Who may see and act on a job, in one place. */
public final class JobAccess {
    private JobAccess() {
    }

    /** An open job is visible to any signed-in user; after that only to its parties and admins. */
    public static void requireVisible(Job job, Caller caller) {
        if (job.status() == JobStatus.OPEN || caller.isAdmin() || job.isPartyTo(caller.userId())) {
            return;
        }
        throw new Forbidden("You do not have access to this job");
    }

    public static void requireCustomer(Job job, Caller caller) {
        if (!job.customerId().equals(caller.userId())) {
            throw new Forbidden("Only the job's customer can do this");
        }
    }

    public static Party party(Stores stores, String userId) {
        if (userId == null) {
            return null;
        }
        return stores.users().byId(userId).map(JobAccess::party).orElse(null);
    }

    public static Party party(User user) {
        return new Party(user.id(), user.name(), user.email().value());
    }

    public static JobDetails details(Stores stores, Job job) {
        return new JobDetails(job, party(stores, job.customerId()), party(stores, job.contractorId()));
    }
}
