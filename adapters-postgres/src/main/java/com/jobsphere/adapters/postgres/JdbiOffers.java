package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Offers;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiOffers implements Offers {
    static final String ONE_LIVE_OFFER = "This job already has an active offer";
    private static final String ONE_LIVE_OFFER_INDEX = "offers_one_live_per_job";

    private static final RowMapper<Offer> OFFER = (row, context) -> new Offer(
            row.getString("id"),
            row.getString("job_id"),
            row.getString("application_id"),
            row.getString("customer_id"),
            row.getString("contractor_id"),
            Columns.money(row, "amount_cents"),
            new FeeSchedule(row.getInt("platform_fee_basis_points"), row.getInt("service_fee_basis_points")),
            row.getString("timeline"),
            row.getString("description"),
            Columns.state(row, "status", OfferStatus.class),
            Columns.instant(row, "created_at"),
            Columns.instant(row, "expires_at"),
            Columns.instant(row, "accepted_at"),
            Columns.instant(row, "rejected_at"),
            row.getString("rejection_reason"),
            Columns.instant(row, "updated_at"));

    private final Sql sql;

    JdbiOffers(Sql sql) {
        this.sql = sql;
    }

    /** The conflict target names the partial unique index, so only a second live offer is refused quietly. */
    @Override
    public void add(Offer offer) {
        int inserted = sql.call(handle -> handle.createUpdate("""
                        insert into offers (id, job_id, application_id, customer_id, contractor_id, amount_cents,
                                            platform_fee_basis_points, service_fee_basis_points, timeline, description,
                                            status, created_at, expires_at, accepted_at, rejected_at, rejection_reason,
                                            updated_at)
                        values (:id, :jobId, :applicationId, :customerId, :contractorId, :amountCents,
                                :platformFeeBasisPoints, :serviceFeeBasisPoints, :timeline, :description,
                                :status, :createdAt, :expiresAt, :acceptedAt, :rejectedAt, :rejectionReason,
                                :updatedAt)
                        on conflict (job_id) where status in ('pending', 'accepted') do nothing""")
                .bind("id", offer.id())
                .bind("jobId", offer.jobId())
                .bind("applicationId", offer.applicationId())
                .bind("customerId", offer.customerId())
                .bind("contractorId", offer.contractorId())
                .bind("amountCents", offer.amount().cents())
                .bind("platformFeeBasisPoints", offer.feeSchedule().platformFeeBasisPoints())
                .bind("serviceFeeBasisPoints", offer.feeSchedule().serviceFeeBasisPoints())
                .bind("timeline", offer.timeline())
                .bind("description", offer.description())
                .bind("status", Columns.wire(offer.status()))
                .bind("createdAt", Columns.timestamp(offer.createdAt()))
                .bind("expiresAt", Columns.timestamp(offer.expiresAt()))
                .bind("acceptedAt", Columns.timestamp(offer.acceptedAt()))
                .bind("rejectedAt", Columns.timestamp(offer.rejectedAt()))
                .bind("rejectionReason", offer.rejectionReason())
                .bind("updatedAt", Columns.timestamp(offer.updatedAt()))
                .execute());
        if (inserted == 0) {
            throw new BusinessRuleViolated(ONE_LIVE_OFFER);
        }
    }

    @Override
    public Optional<Offer> byId(String id) {
        return sql.byId("offers", id, OFFER);
    }

    @Override
    public Optional<Offer> lock(String id) {
        return sql.lockById("offers", id, OFFER);
    }

    /**
     * An offer's terms never change after it is sent; only its state does. Making an offer live again while
     * another one is live violates the partial unique index, which is the same refusal as in {@link #add}.
     */
    @Override
    public void save(Offer offer) {
        int updated = sql.call(handle -> handle.createUpdate("""
                                update offers
                                set status = :status, accepted_at = :acceptedAt, rejected_at = :rejectedAt,
                                    rejection_reason = :rejectionReason, updated_at = :updatedAt
                                where id = :id""")
                        .bind("id", offer.id())
                        .bind("status", Columns.wire(offer.status()))
                        .bind("acceptedAt", Columns.timestamp(offer.acceptedAt()))
                        .bind("rejectedAt", Columns.timestamp(offer.rejectedAt()))
                        .bind("rejectionReason", offer.rejectionReason())
                        .bind("updatedAt", Columns.timestamp(offer.updatedAt()))
                        .execute(),
                ONE_LIVE_OFFER_INDEX, () -> new BusinessRuleViolated(ONE_LIVE_OFFER));
        Sql.requireOneRow(updated, "offer", offer.id());
    }

    @Override
    public Optional<Offer> liveForJob(String jobId) {
        return sql.call(handle -> handle.createQuery(
                        "select * from offers where job_id = :jobId and status in ('pending', 'accepted')")
                .bind("jobId", jobId)
                .map(OFFER)
                .findOne());
    }

    @Override
    public Optional<Offer> latestForApplication(String applicationId) {
        return sql.call(handle -> handle.createQuery("""
                        select * from offers where application_id = :applicationId
                        order by created_at desc, id collate "C" desc
                        limit 1""")
                .bind("applicationId", applicationId)
                .map(OFFER)
                .findFirst());
    }

    @Override
    public List<String> pendingExpiredBy(Instant now, int limit) {
        return sql.call(handle -> handle.createQuery("""
                        select id from offers where status = 'pending' and expires_at <= :now
                        order by expires_at, id collate "C"
                        limit :limit""")
                .bind("now", Columns.timestamp(now))
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
    }
}
