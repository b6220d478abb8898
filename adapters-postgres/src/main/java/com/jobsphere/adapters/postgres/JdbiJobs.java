package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.JobDetails;
import com.jobsphere.application.port.Jobs;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiJobs implements Jobs {
    private static final RowMapper<Job> JOB = (row, context) -> Rows.job(row, "");
    private static final RowMapper<JobDetails> DETAILS = (row, context) -> new JobDetails(Rows.job(row, ""),
            Rows.party(row, "customer_party_"), Rows.party(row, "contractor_party_"));

    private final Sql sql;

    JdbiJobs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Job job) {
        sql.write("""
                        insert into jobs (id, customer_id, title, description, budget_cents, category, location, status,
                                          contractor_id, offer_id, assigned_at, started_at, completed_at, cancelled_at,
                                          cancellation_reason, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .id(job.id()).id(job.customerId()).text(job.title()).text(job.description()).number(job.budget().cents())
                .text(job.category()).text(job.location()).text(Columns.wire(job.status())).id(job.contractorId())
                .id(job.offerId()).time(job.assignedAt()).time(job.startedAt()).time(job.completedAt())
                .time(job.cancelledAt()).text(job.cancellationReason()).time(job.createdAt()).time(job.updatedAt());
    }

    @Override
    public Optional<Job> byId(JobId id) {
        return sql.byId("jobs", id.value(), JOB);
    }

    /** The job and its two parties in one statement. */
    @Override
    public Optional<JobDetails> details(JobId id) {
        return sql.call(handle -> handle.createQuery("""
                        select job.*, customer.id as customer_party_id, customer.name as customer_party_name,
                               customer.email as customer_party_email, contractor.id as contractor_party_id,
                               contractor.name as contractor_party_name, contractor.email as contractor_party_email
                        from jobs job
                        join users customer on customer.id = job.customer_id
                        left join users contractor on contractor.id = job.contractor_id
                        where job.id = :id""")
                .bind("id", id.value())
                .map(DETAILS)
                .findOne());
    }

    @Override
    public Page<Job> list(UserId customerId, UserId contractorId, JobStatus status, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (customerId != null) {
            conditions.add("customer_id = :customerId");
        }
        if (contractorId != null) {
            conditions.add("(status = 'open' or contractor_id = :contractorId)");
        }
        if (status != null) {
            conditions.add("status = :status");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Listing("*", "jobs", where, "created_at desc, id collate \"C\" desc", query -> {
            if (customerId != null) {
                query.bind("customerId", customerId.value());
            }
            if (contractorId != null) {
                query.bind("contractorId", contractorId.value());
            }
            return status == null ? query : query.bind("status", Columns.wire(status));
        }).page(sql, JOB, page);
    }
}
