package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Party;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows of a deal read into domain values, written once for every store that reads them. A {@code prefix}
 * names the columns of a row joined into another query ({@code offer_status} for the offer of an application).
 */
final class Rows {
    private Rows() {
    }

    static Job job(ResultSet row, String prefix) throws SQLException {
        return new Job(
                Columns.id(row, prefix + "id", JobId::new),
                Columns.id(row, prefix + "customer_id", UserId::new),
                row.getString(prefix + "title"),
                row.getString(prefix + "description"),
                Columns.money(row, prefix + "budget_cents"),
                row.getString(prefix + "category"),
                row.getString(prefix + "location"),
                Columns.state(row, prefix + "status", JobStatus.class),
                Columns.id(row, prefix + "contractor_id", UserId::new),
                Columns.id(row, prefix + "offer_id", OfferId::new),
                Columns.instant(row, prefix + "assigned_at"),
                Columns.instant(row, prefix + "started_at"),
                Columns.instant(row, prefix + "completed_at"),
                Columns.instant(row, prefix + "cancelled_at"),
                row.getString(prefix + "cancellation_reason"),
                Columns.instant(row, prefix + "created_at"),
                Columns.instant(row, prefix + "updated_at"));
    }

    static JobApplication application(ResultSet row, String prefix) throws SQLException {
        return new JobApplication(
                Columns.id(row, prefix + "id", ApplicationId::new),
                Columns.id(row, prefix + "job_id", JobId::new),
                Columns.id(row, prefix + "contractor_id", UserId::new),
                row.getString(prefix + "message"),
                Columns.state(row, prefix + "status", ApplicationStatus.class),
                Columns.instant(row, prefix + "created_at"),
                Columns.instant(row, prefix + "updated_at"));
    }

    /** An offer, or null when the (left-joined) row has none. */
    static Offer offer(ResultSet row, String prefix) throws SQLException {
        if (row.getString(prefix + "id") == null) {
            return null;
        }
        return new Offer(
                Columns.id(row, prefix + "id", OfferId::new),
                Columns.id(row, prefix + "job_id", JobId::new),
                Columns.id(row, prefix + "application_id", ApplicationId::new),
                Columns.id(row, prefix + "customer_id", UserId::new),
                Columns.id(row, prefix + "contractor_id", UserId::new),
                Columns.money(row, prefix + "amount_cents"),
                new FeeSchedule(row.getInt(prefix + "platform_fee_basis_points"),
                        row.getInt(prefix + "service_fee_basis_points")),
                row.getString(prefix + "timeline"),
                row.getString(prefix + "description"),
                Columns.state(row, prefix + "status", OfferStatus.class),
                Columns.instant(row, prefix + "created_at"),
                Columns.instant(row, prefix + "expires_at"),
                Columns.instant(row, prefix + "accepted_at"),
                Columns.instant(row, prefix + "rejected_at"),
                row.getString(prefix + "rejection_reason"),
                Columns.instant(row, prefix + "updated_at"));
    }

    static CompletionRequest completion(ResultSet row, String prefix) throws SQLException {
        return new CompletionRequest(
                Columns.id(row, prefix + "id", CompletionRequestId::new),
                Columns.id(row, prefix + "job_id", JobId::new),
                Columns.id(row, prefix + "requested_by", UserId::new),
                Columns.state(row, prefix + "status", CompletionRequestStatus.class),
                Columns.instant(row, prefix + "requested_at"),
                Columns.instant(row, prefix + "resolved_at"),
                row.getString(prefix + "rejection_reason"));
    }

    /** A populated user, {@code {id, name, email}}, or null when the (left-joined) row has none. */
    static Party party(ResultSet row, String prefix) throws SQLException {
        String id = row.getString(prefix + "id");
        return id == null ? null : new Party(new UserId(id), row.getString(prefix + "name"), row.getString(prefix + "email"));
    }

    /** The columns of an offer joined in as {@code alias}, each named {@code prefix + column}. */
    static String offerColumns(String alias, String prefix) {
        StringBuilder columns = new StringBuilder();
        for (String column : new String[] {"id", "job_id", "application_id", "customer_id", "contractor_id",
                "amount_cents", "platform_fee_basis_points", "service_fee_basis_points", "timeline", "description",
                "status", "created_at", "expires_at", "accepted_at", "rejected_at", "rejection_reason", "updated_at"}) {
            columns.append(columns.length() == 0 ? "" : ", ").append(alias).append('.').append(column).append(" as ")
                    .append(prefix).append(column);
        }
        return columns.toString();
    }
}
