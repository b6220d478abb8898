package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Jobs;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

final class JdbiJobs implements Jobs {
    private static final RowMapper<Job> JOB = (row, context) -> new Job(
            row.getString("id"),
            row.getString("customer_id"),
            row.getString("title"),
            row.getString("description"),
            Columns.money(row, "budget_cents"),
            row.getString("category"),
            row.getString("location"),
            Columns.state(row, "status", JobStatus.class),
            row.getString("contractor_id"),
            row.getString("offer_id"),
            Columns.instant(row, "assigned_at"),
            Columns.instant(row, "started_at"),
            Columns.instant(row, "completed_at"),
            Columns.instant(row, "cancelled_at"),
            row.getString("cancellation_reason"),
            Columns.instant(row, "created_at"),
            Columns.instant(row, "updated_at"));

    private final Sql sql;

    JdbiJobs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Job job) {
        sql.call(handle -> bindChangeable(handle.createUpdate("""
                        insert into jobs (id, customer_id, title, description, budget_cents, category, location, status,
                                          contractor_id, offer_id, assigned_at, started_at, completed_at, cancelled_at,
                                          cancellation_reason, created_at, updated_at)
                        values (:id, :customerId, :title, :description, :budgetCents, :category, :location, :status,
                                :contractorId, :offerId, :assignedAt, :startedAt, :completedAt, :cancelledAt,
                                :cancellationReason, :createdAt, :updatedAt)"""), job)
                .bind("customerId", job.customerId())
                .bind("createdAt", Columns.timestamp(job.createdAt()))
                .execute());
    }

    @Override
    public Optional<Job> byId(String id) {
        return sql.byId("jobs", id, JOB);
    }

    @Override
    public Optional<Job> lock(String id) {
        return sql.lockById("jobs", id, JOB);
    }

    /** Everything but the id, the customer and the creation time may change. */
    @Override
    public void save(Job job) {
        int updated = sql.call(handle -> bindChangeable(handle.createUpdate("""
                        update jobs
                        set title = :title, description = :description, budget_cents = :budgetCents,
                            category = :category, location = :location, status = :status,
                            contractor_id = :contractorId, offer_id = :offerId, assigned_at = :assignedAt,
                            started_at = :startedAt, completed_at = :completedAt, cancelled_at = :cancelledAt,
                            cancellation_reason = :cancellationReason, updated_at = :updatedAt
                        where id = :id"""), job)
                .execute());
        Sql.requireOneRow(updated, "job", job.id());
    }

    @Override
    public Page<Job> list(String customerId, String contractorId, JobStatus status, PageRequest page) {
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
                query.bind("customerId", customerId);
            }
            if (contractorId != null) {
                query.bind("contractorId", contractorId);
            }
            return status == null ? query : query.bind("status", Columns.wire(status));
        }).page(sql, JOB, page);
    }

    /** The id and every column a save may change, which the insert and the update both write. */
    private static Update bindChangeable(Update update, Job job) {
        return update
                .bind("id", job.id())
                .bind("title", job.title())
                .bind("description", job.description())
                .bind("budgetCents", job.budget().cents())
                .bind("category", job.category())
                .bind("location", job.location())
                .bind("status", Columns.wire(job.status()))
                .bind("contractorId", job.contractorId())
                .bind("offerId", job.offerId())
                .bind("assignedAt", Columns.timestamp(job.assignedAt()))
                .bind("startedAt", Columns.timestamp(job.startedAt()))
                .bind("completedAt", Columns.timestamp(job.completedAt()))
                .bind("cancelledAt", Columns.timestamp(job.cancelledAt()))
                .bind("cancellationReason", job.cancellationReason())
                .bind("updatedAt", Columns.timestamp(job.updatedAt()));
    }
}
