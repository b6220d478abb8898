package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Jobs;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryJobs implements Jobs {
    private static final Comparator<Job> NEWEST_FIRST = Comparator.comparing(Job::createdAt).thenComparing(Job::id).reversed();

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
    public Optional<Job> byId(String id) {
        return Optional.ofNullable(state.jobs.get(id));
    }

    @Override
    public Optional<Job> lock(String id) {
        return byId(id);
    }

    /** Everything but the id, the customer and the creation time may change, as in the SQL store. */
    @Override
    public void save(Job job) {
        Job stored = InMemoryState.existing(state.jobs, job.id(), "job");
        InMemoryState.requireReference(state.users, job.contractorId(), "user");
        state.jobs.put(job.id(), new Job(stored.id(), stored.customerId(), job.title(), job.description(), job.budget(),
                job.category(), job.location(), job.status(), job.contractorId(), job.offerId(), job.assignedAt(),
                job.startedAt(), job.completedAt(), job.cancelledAt(), job.cancellationReason(), stored.createdAt(),
                job.updatedAt()));
    }

    @Override
    public Page<Job> list(String customerId, String contractorId, JobStatus status, PageRequest page) {
        return Pages.of(state.jobs.values().stream()
                        .filter(job -> customerId == null || job.customerId().equals(customerId))
                        .filter(job -> contractorId == null || job.status() == JobStatus.OPEN
                                || contractorId.equals(job.contractorId()))
                        .filter(job -> status == null || job.status() == status),
                NEWEST_FIRST, page);
    }
}
