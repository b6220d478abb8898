package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.user.Role;
import java.time.Clock;

/** A contractor applies to an open job, once. */
public final class ApplyToJob {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public ApplyToJob(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, String jobId, String message, IdempotentRequest<JobApplication> request) {
    }

    public JobApplication execute(Command command) {
        command.caller().requireRole(Role.CONTRACTOR);
        String message = command.message() == null ? null : Inputs.text(command.message(), "message", 0, 2000);
        return transactions.run(command.request(), stores -> {
            Job job = Lookups.found(stores.jobs().byId(command.jobId()), "Job");
            if (job.status() != JobStatus.OPEN) {
                throw new BusinessRuleViolated("Job is not open for applications");
            }
            JobApplication application = JobApplication.submit(ids.next(), job.id(), command.caller().userId(),
                    message, clock.instant());
            stores.applications().add(application);
            return application;
        });
    }
}
