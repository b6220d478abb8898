package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.CompletionRequests;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiCompletionRequests implements CompletionRequests {
    static final String ONE_PENDING_REQUEST = "A completion request is already pending for this job";
    private static final String ONE_PENDING_INDEX = "completion_requests_one_pending_per_job";

    private static final RowMapper<CompletionRequest> REQUEST = (row, context) -> new CompletionRequest(
            row.getString("id"),
            row.getString("job_id"),
            row.getString("requested_by"),
            Columns.state(row, "status", CompletionRequestStatus.class),
            Columns.instant(row, "requested_at"),
            Columns.instant(row, "resolved_at"),
            row.getString("rejection_reason"));

    private final Sql sql;

    JdbiCompletionRequests(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(CompletionRequest request) {
        int inserted = sql.call(handle -> handle.createUpdate("""
                        insert into completion_requests (id, job_id, requested_by, status, requested_at, resolved_at,
                                                         rejection_reason)
                        values (:id, :jobId, :requestedBy, :status, :requestedAt, :resolvedAt, :rejectionReason)
                        on conflict (job_id) where status = 'pending' do nothing""")
                .bind("id", request.id())
                .bind("jobId", request.jobId())
                .bind("requestedBy", request.requestedBy())
                .bind("status", Columns.wire(request.status()))
                .bind("requestedAt", Columns.timestamp(request.requestedAt()))
                .bind("resolvedAt", Columns.timestamp(request.resolvedAt()))
                .bind("rejectionReason", request.rejectionReason())
                .execute());
        if (inserted == 0) {
            throw new BusinessRuleViolated(ONE_PENDING_REQUEST);
        }
    }

    @Override
    public Optional<CompletionRequest> byId(String id) {
        return sql.byId("completion_requests", id, REQUEST);
    }

    @Override
    public Optional<CompletionRequest> lock(String id) {
        return sql.lockById("completion_requests", id, REQUEST);
    }

    @Override
    public void save(CompletionRequest request) {
        int updated = sql.call(handle -> handle.createUpdate("""
                                update completion_requests
                                set status = :status, resolved_at = :resolvedAt, rejection_reason = :rejectionReason
                                where id = :id""")
                        .bind("id", request.id())
                        .bind("status", Columns.wire(request.status()))
                        .bind("resolvedAt", Columns.timestamp(request.resolvedAt()))
                        .bind("rejectionReason", request.rejectionReason())
                        .execute(),
                ONE_PENDING_INDEX, () -> new BusinessRuleViolated(ONE_PENDING_REQUEST));
        Sql.requireOneRow(updated, "completion request", request.id());
    }

    @Override
    public Optional<CompletionRequest> pendingForJob(String jobId) {
        return sql.call(handle -> handle.createQuery(
                        "select * from completion_requests where job_id = :jobId and status = 'pending'")
                .bind("jobId", jobId)
                .map(REQUEST)
                .findOne());
    }

    @Override
    public Page<CompletionRequest> list(CompletionRequestStatus status, PageRequest page) {
        return Listing.byState("completion_requests", "status", status, "requested_at desc, id collate \"C\" desc")
                .page(sql, REQUEST, page);
    }
}
