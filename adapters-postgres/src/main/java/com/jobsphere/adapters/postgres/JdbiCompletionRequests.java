package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.CompletionRequestView;
import com.jobsphere.application.port.CompletionRequests;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;

/** Completion requests as the admins review them: one statement per page, the job, its parties and its payout joined in. */
final class JdbiCompletionRequests implements CompletionRequests {
    private final Sql sql;

    JdbiCompletionRequests(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<CompletionRequestView> list(CompletionRequestStatus status, PageRequest page) {
        String where = status == null ? "" : " where request.status = :status";
        return new Listing("""
                request.*, job.title as job_title,
                customer.id as customer_party_id, customer.name as customer_party_name, customer.email as customer_party_email,
                contractor.id as contractor_party_id, contractor.name as contractor_party_name,
                contractor.email as contractor_party_email, offer.amount_cents as offer_amount_cents,
                offer.platform_fee_basis_points as offer_platform_fee_basis_points,
                offer.service_fee_basis_points as offer_service_fee_basis_points""",
                """
                completion_requests request
                join jobs job on job.id = request.job_id
                join users customer on customer.id = job.customer_id
                left join users contractor on contractor.id = job.contractor_id
                left join offers offer on offer.id = job.offer_id and offer.status = 'accepted'""",
                where, "request.requested_at desc, request.id collate \"C\" desc",
                query -> status == null ? query : query.bind("status", Columns.wire(status)))
                .page(sql, (row, context) -> {
                    Money payout = null;
                    if (row.getObject("offer_amount_cents") != null) {
                        payout = new FeeSchedule(row.getInt("offer_platform_fee_basis_points"),
                                row.getInt("offer_service_fee_basis_points"))
                                .feesFor(Columns.money(row, "offer_amount_cents")).contractorPayout();
                    }
                    return new CompletionRequestView(Rows.completion(row, ""), row.getString("job_title"),
                            Rows.party(row, "customer_party_"), Rows.party(row, "contractor_party_"), payout);
                }, page);
    }
}
