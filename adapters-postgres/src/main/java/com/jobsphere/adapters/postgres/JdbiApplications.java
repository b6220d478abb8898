package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.Applications;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;

/**
 * Applications as their lists show them: one statement per page, each application with its contractor or its job
 * and its current offer (the newest one made on it, found through the (application_id, created_at) index).
 */
final class JdbiApplications implements Applications {
    private static final String CURRENT_OFFER = """
            left join lateral (select * from offers offer where offer.application_id = application.id
                               order by offer.created_at desc, offer.id collate "C" desc limit 1) offer on true""";

    private final Sql sql;

    JdbiApplications(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<ApplicationDetails> ofJob(JobId jobId, PageRequest page) {
        return new Listing("application.*, " + Rows.offerColumns("offer", "offer_") + ","
                + " contractor.id as contractor_party_id, contractor.name as contractor_party_name,"
                + " contractor.email as contractor_party_email, " + jobColumns(),
                "job_applications application join jobs job on job.id = application.job_id"
                        + " join users contractor on contractor.id = application.contractor_id " + CURRENT_OFFER,
                " where application.job_id = :jobId",
                "application.created_at, application.id collate \"C\"",
                query -> query.bind("jobId", jobId.value()))
                .page(sql, (row, context) -> new ApplicationDetails(Rows.application(row, ""),
                        Rows.party(row, "contractor_party_"), Rows.job(row, "job_"), Rows.offer(row, "offer_")), page);
    }

    @Override
    public Page<ApplicationDetails> ofContractor(UserId contractorId, PageRequest page) {
        return new Listing("application.*, " + Rows.offerColumns("offer", "offer_") + ", " + jobColumns(),
                "job_applications application join jobs job on job.id = application.job_id " + CURRENT_OFFER,
                " where application.contractor_id = :contractorId",
                "application.created_at desc, application.id collate \"C\" desc",
                query -> query.bind("contractorId", contractorId.value()))
                .page(sql, (row, context) -> new ApplicationDetails(Rows.application(row, ""), null,
                        Rows.job(row, "job_"), Rows.offer(row, "offer_")), page);
    }

    /** The job's columns, each as {@code job_<column>}. */
    private static String jobColumns() {
        StringBuilder columns = new StringBuilder();
        for (String column : new String[] {"id", "customer_id", "title", "description", "budget_cents", "category",
                "location", "status", "contractor_id", "offer_id", "assigned_at", "started_at", "completed_at",
                "cancelled_at", "cancellation_reason", "created_at", "updated_at"}) {
            columns.append(columns.length() == 0 ? "" : ", ").append("job.").append(column).append(" as job_")
                    .append(column);
        }
        return columns.toString();
    }
}
