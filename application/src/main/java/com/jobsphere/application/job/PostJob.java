package com.jobsphere.application.job;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.money.AmountBounds;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Role;
import java.time.Clock;

/** A customer posts a job. */
public final class PostJob {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public PostJob(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, String title, String description, Money budget, String category,
            String location, IdempotentRequest<Job> request) {
    }

    public Job execute(Command command) {
        command.caller().requireRole(Role.CUSTOMER);
        Job job = Job.post(new JobId(ids.next()), command.caller().userId(),
                Inputs.text(command.title(), "title", 3, 200),
                Inputs.text(command.description(), "description", 10, 5000),
                AmountBounds.check(command.budget(), "budget"),
                Inputs.optionalText(command.category(), "category", 100),
                Inputs.optionalText(command.location(), "location", 200),
                clock.instant());
        return transactions.run(command.request(), stores -> {
            stores.jobs().add(job);
            return job;
        });
    }
}
