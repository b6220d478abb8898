package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Applications;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.JobApplication;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiApplications implements Applications {
    static final String ALREADY_APPLIED = "You have already applied to this job";

    private static final RowMapper<JobApplication> APPLICATION = (row, context) -> new JobApplication(
            row.getString("id"),
            row.getString("job_id"),
            row.getString("contractor_id"),
            row.getString("message"),
            Columns.state(row, "status", ApplicationStatus.class),
            Columns.instant(row, "created_at"),
            Columns.instant(row, "updated_at"));

    private final Sql sql;

    JdbiApplications(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(JobApplication application) {
        int inserted = sql.call(handle -> handle.createUpdate("""
                        insert into job_applications (id, job_id, contractor_id, message, status, created_at, updated_at)
                        values (:id, :jobId, :contractorId, :message, :status, :createdAt, :updatedAt)
                        on conflict (job_id, contractor_id) do nothing""")
                .bind("id", application.id())
                .bind("jobId", application.jobId())
                .bind("contractorId", application.contractorId())
                .bind("message", application.message())
                .bind("status", Columns.wire(application.status()))
                .bind("createdAt", Columns.timestamp(application.createdAt()))
                .bind("updatedAt", Columns.timestamp(application.updatedAt()))
                .execute());
        if (inserted == 0) {
            throw new BusinessRuleViolated(ALREADY_APPLIED);
        }
    }

    @Override
    public Optional<JobApplication> byId(String id) {
        return sql.byId("job_applications", id, APPLICATION);
    }

    @Override
    public Optional<JobApplication> lock(String id) {
        return sql.lockById("job_applications", id, APPLICATION);
    }

    @Override
    public void save(JobApplication application) {
        int updated = sql.call(handle -> handle.createUpdate("""
                        update job_applications set message = :message, status = :status, updated_at = :updatedAt
                        where id = :id""")
                .bind("id", application.id())
                .bind("message", application.message())
                .bind("status", Columns.wire(application.status()))
                .bind("updatedAt", Columns.timestamp(application.updatedAt()))
                .execute());
        Sql.requireOneRow(updated, "application", application.id());
    }

    @Override
    public List<JobApplication> byJob(String jobId) {
        return sql.call(handle -> handle.createQuery("""
                        select * from job_applications where job_id = :jobId
                        order by created_at, id collate "C\"""")
                .bind("jobId", jobId)
                .map(APPLICATION)
                .list());
    }

    @Override
    public List<JobApplication> byContractor(String contractorId) {
        return sql.call(handle -> handle.createQuery("""
                        select * from job_applications where contractor_id = :contractorId
                        order by created_at desc, id collate "C" desc""")
                .bind("contractorId", contractorId)
                .map(APPLICATION)
                .list());
    }
}
