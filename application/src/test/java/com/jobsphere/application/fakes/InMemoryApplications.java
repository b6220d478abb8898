package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Applications;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.JobApplication;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryApplications implements Applications {
    static final String ALREADY_APPLIED = "You have already applied to this job";
    private static final Comparator<JobApplication> OLDEST_FIRST =
            Comparator.comparing(JobApplication::createdAt).thenComparing(JobApplication::id);

    private final InMemoryState state;

    InMemoryApplications(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(JobApplication application) {
        InMemoryState.requireReference(state.jobs, application.jobId(), "job");
        InMemoryState.requireReference(state.users, application.contractorId(), "user");
        boolean applied = state.applications.values().stream().anyMatch(existing ->
                existing.jobId().equals(application.jobId()) && existing.contractorId().equals(application.contractorId()));
        if (applied) {
            throw new BusinessRuleViolated(ALREADY_APPLIED);
        }
        InMemoryState.insertNew(state.applications, application.id(), application, "application");
    }

    @Override
    public Optional<JobApplication> byId(String id) {
        return Optional.ofNullable(state.applications.get(id));
    }

    @Override
    public Optional<JobApplication> lock(String id) {
        return byId(id);
    }

    /** Only the message, the status and the update time change, as in the SQL store. */
    @Override
    public void save(JobApplication application) {
        JobApplication stored = InMemoryState.existing(state.applications, application.id(), "application");
        state.applications.put(application.id(), new JobApplication(stored.id(), stored.jobId(), stored.contractorId(),
                application.message(), application.status(), stored.createdAt(), application.updatedAt()));
    }

    @Override
    public List<JobApplication> byJob(String jobId) {
        return state.applications.values().stream()
                .filter(application -> application.jobId().equals(jobId))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public List<JobApplication> byContractor(String contractorId) {
        return state.applications.values().stream()
                .filter(application -> application.contractorId().equals(contractorId))
                .sorted(OLDEST_FIRST.reversed())
                .toList();
    }
}
