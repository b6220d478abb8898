package com.jobsphere.application.fakes;

import com.jobsphere.application.port.JobDetails;
import com.jobsphere.application.port.Jobs;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryJobs implements Jobs {
    private static final Comparator<Job> NEWEST_FIRST =
            Comparator.comparing(Job::createdAt).thenComparing((Job job) -> job.id().value()).reversed();

    private final InMemoryState state;

    InMemoryJobs(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(Job job) {
        InMemoryState.requireReference(state.users, job.customerId(), "user");
        InMemoryState.requireReference(state.users, job.contractorId(), "user");
        InMemoryState.insertNew(state.jobs, job.id(), job, "job");
    }

    @Override
    public Optional<Job> byId(JobId id) {
        return Optional.ofNullable(state.jobs.get(id));
    }

    @Override
    public Optional<JobDetails> details(JobId id) {
        return byId(id).map(job -> new JobDetails(job, state.party(job.customerId()), state.party(job.contractorId())));
    }

    @Override
    public Page<Job> list(UserId customerId, UserId contractorId, JobStatus status, PageRequest page) {
        return Pages.of(state.jobs.values().stream()
                        .filter(job -> customerId == null || job.customerId().equals(customerId))
                        .filter(job -> contractorId == null || job.status() == JobStatus.OPEN
                                || contractorId.equals(job.contractorId()))
                        .filter(job -> status == null || job.status() == status),
                NEWEST_FIRST, page);
    }
}
