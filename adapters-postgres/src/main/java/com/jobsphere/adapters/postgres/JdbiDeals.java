package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Deals;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deals on PostgreSQL, locked through the job's row (CONTRACT.md §12).
 *
 * <p>Loading is one round trip of five statements. The first locks the job, finding it through the named offer,
 * application or completion request when the request starts from one of those; the four after it read the
 * applications, the offers (the live one, and the named one if it is no longer live), the completion requests
 * (the pending one, and the named one) and the customer's wallet. PostgreSQL runs them one after another, each with
 * a snapshot taken when it starts, so everything read after the lock is as the lock's last holder left it.
 *
 * <p>A decision's changes are queued and reach the server together with the ledger's writes, in one round trip.
 */
final class JdbiDeals implements Deals, Decision.Writer {
    static final String ALREADY_APPLIED = "You have already applied to this job";
    static final String ONE_LIVE_OFFER = "An offer has already been sent for this job";
    static final String ONE_PENDING_REQUEST = "A completion request is already pending for this job";

    private final Sql sql;
    private final List<JobApplication> changedApplications = new ArrayList<>();

    JdbiDeals(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Deal> lock(DealKey key) {
        sql.acquire(Sql.LockLevel.JOB);
        return load(key, " for update of job");
    }

    @Override
    public Optional<Deal> read(DealKey key) {
        return load(key, "");
    }

    private Optional<Deal> load(DealKey key, String lock) {
        Target target = Target.of(key);
        List<Sql.Statement> statements = List.of(
                target.bind(new Sql.Statement("select job.* from jobs job where job.id = " + target.jobId + lock)),
                target.bind(new Sql.Statement("select * from job_applications where job_id = " + target.jobId
                        + " order by created_at, id collate \"C\"")),
                target.bindNamed(target.bind(new Sql.Statement("select * from offers where job_id = " + target.jobId
                        + " and (status in ('pending', 'accepted') or id = " + target.named(DealKey.ByOffer.class) + ")")),
                        DealKey.ByOffer.class),
                target.bindNamed(target.bind(new Sql.Statement("select * from completion_requests where job_id = "
                        + target.jobId + " and (status = 'pending' or id = " + target.named(DealKey.ByCompletion.class)
                        + ")")), DealKey.ByCompletion.class),
                target.bind(new Sql.Statement("select wallet.frozen, balance.balance_cents from jobs job"
                        + " join wallets wallet on wallet.user_id = job.customer_id"
                        + " join wallet_balances balance on balance.account_key = 'wallet:' || job.customer_id"
                        + " where job.id = " + target.jobId)));
        Loaded loaded = new Loaded();
        sql.pipeline(statements, (statement, rows) -> {
            while (rows.next()) {
                switch (statement) {
                    case 0 -> loaded.job = Rows.job(rows, "");
                    case 1 -> loaded.applications.add(Rows.application(rows, ""));
                    case 2 -> loaded.offers.add(Rows.offer(rows, ""));
                    case 3 -> loaded.completions.add(Rows.completion(rows, ""));
                    default -> loaded.wallet = new Deal.CustomerWallet(rows.getBoolean("frozen"),
                            Money.ofCents(rows.getLong("balance_cents")));
                }
            }
        });
        if (loaded.job == null) {
            return Optional.empty();
        }
        return Optional.of(Deal.of(loaded.job, loaded.applications, loaded.offers, loaded.completions, loaded.wallet));
    }

    private static final class Loaded {
        private Job job;
        private final List<JobApplication> applications = new ArrayList<>();
        private final List<Offer> offers = new ArrayList<>();
        private final List<CompletionRequest> completions = new ArrayList<>();
        private Deal.CustomerWallet wallet;
    }

    /**
     * How each statement finds the job: its id, or a subquery through the named row. The subquery resolves the
     * job first; only the job's row is locked.
     */
    private record Target(String jobId, String value, Class<? extends DealKey> kind) {
        static Target of(DealKey key) {
            if (key instanceof DealKey.ByJob byJob) {
                return new Target("?", byJob.jobId().value(), DealKey.ByJob.class);
            }
            if (key instanceof DealKey.ByOffer byOffer) {
                return new Target("(select job_id from offers where id = ?)", byOffer.offerId().value(), DealKey.ByOffer.class);
            }
            if (key instanceof DealKey.ByApplication byApplication) {
                return new Target("(select job_id from job_applications where id = ?)",
                        byApplication.applicationId().value(), DealKey.ByApplication.class);
            }
            return new Target("(select job_id from completion_requests where id = ?)",
                    ((DealKey.ByCompletion) key).requestId().value(), DealKey.ByCompletion.class);
        }

        Sql.Statement bind(Sql.Statement statement) {
            return statement.text(value);
        }

        /** A parameter for the named row's own id if the key names one of this kind, else a null that matches none. */
        String named(Class<? extends DealKey> wanted) {
            return wanted == kind ? "?" : "null";
        }

        /** Binds the named row's id where {@link #named} asked for it. */
        Sql.Statement bindNamed(Sql.Statement statement, Class<? extends DealKey> wanted) {
            return wanted == kind ? statement.text(value) : statement;
        }
    }

    /**
     * The decision's changes are queued in its order, except the applications' changes: an acceptance or a
     * cancellation changes every application of the job, and they go as one statement at the end.
     */
    @Override
    public void record(Decision decision) {
        decision.writeTo(this);
        saveChangedApplications();
    }

    /** Everything but the id, the customer and the creation time may change. */
    @Override
    public void saveJob(Job job) {
        sql.write("""
                        update jobs set title = ?, description = ?, budget_cents = ?, category = ?, location = ?,
                            status = ?, contractor_id = ?, offer_id = ?, assigned_at = ?, started_at = ?,
                            completed_at = ?, cancelled_at = ?, cancellation_reason = ?, updated_at = ?
                        where id = ?""")
                .text(job.title()).text(job.description()).number(job.budget().cents()).text(job.category())
                .text(job.location()).text(Columns.wire(job.status())).id(job.contractorId()).id(job.offerId())
                .time(job.assignedAt()).time(job.startedAt()).time(job.completedAt()).time(job.cancelledAt())
                .text(job.cancellationReason()).time(job.updatedAt()).id(job.id())
                .expectOneRow("job", job.id());
    }

    @Override
    public void addApplication(JobApplication application) {
        sql.write("""
                        insert into job_applications (id, job_id, contractor_id, message, status, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .id(application.id()).id(application.jobId()).id(application.contractorId()).text(application.message())
                .text(Columns.wire(application.status())).time(application.createdAt()).time(application.updatedAt())
                .onUnique("job_applications_one_per_contractor", () -> new BusinessRuleViolated(ALREADY_APPLIED));
    }

    /** Collected, and written by {@link #record} in one statement with the decision's other applications. */
    @Override
    public void saveApplication(JobApplication application) {
        changedApplications.add(application);
    }

    /** Only the status and the update time of an application change: one row per changed application, by id. */
    private void saveChangedApplications() {
        if (changedApplications.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (JobApplication application : changedApplications) {
            ids.add(application.id().value());
            statuses.add(Columns.wire(application.status()));
            times.add(Columns.timestampText(application.updatedAt()));
        }
        int expected = changedApplications.size();
        changedApplications.clear();
        sql.write("""
                        update job_applications application
                        set status = change.status, updated_at = change.updated_at::timestamptz
                        from unnest(?::text[], ?::text[], ?::text[]) as change (id, status, updated_at)
                        where application.id = change.id""")
                .texts(ids).texts(statuses).texts(times)
                .expect(updated -> {
                    if (updated != expected) {
                        throw new IllegalStateException("Expected to update " + expected + " applications " + ids
                                + ", updated " + updated);
                    }
                });
    }

    @Override
    public void addOffer(Offer offer) {
        sql.write("""
                        insert into offers (id, job_id, application_id, customer_id, contractor_id, amount_cents,
                                            platform_fee_basis_points, service_fee_basis_points, timeline, description,
                                            status, created_at, expires_at, accepted_at, rejected_at, rejection_reason,
                                            updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .id(offer.id()).id(offer.jobId()).id(offer.applicationId()).id(offer.customerId())
                .id(offer.contractorId()).number(offer.amount().cents())
                .integer(offer.feeSchedule().platformFeeBasisPoints()).integer(offer.feeSchedule().serviceFeeBasisPoints())
                .text(offer.timeline()).text(offer.description()).text(Columns.wire(offer.status()))
                .time(offer.createdAt()).time(offer.expiresAt()).time(offer.acceptedAt()).time(offer.rejectedAt())
                .text(offer.rejectionReason()).time(offer.updatedAt())
                .onUnique("offers_one_live_per_job", () -> new BusinessRuleViolated(ONE_LIVE_OFFER));
    }

    /** An offer's terms never change; only its state does. */
    @Override
    public void saveOffer(Offer offer) {
        sql.write("""
                        update offers set status = ?, accepted_at = ?, rejected_at = ?, rejection_reason = ?, updated_at = ?
                        where id = ?""")
                .text(Columns.wire(offer.status())).time(offer.acceptedAt()).time(offer.rejectedAt())
                .text(offer.rejectionReason()).time(offer.updatedAt()).id(offer.id())
                .expectOneRow("offer", offer.id())
                .onUnique("offers_one_live_per_job", () -> new BusinessRuleViolated(ONE_LIVE_OFFER));
    }

    @Override
    public void addCompletion(CompletionRequest request) {
        sql.write("""
                        insert into completion_requests (id, job_id, requested_by, status, requested_at, resolved_at,
                                                         rejection_reason)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .id(request.id()).id(request.jobId()).id(request.requestedBy()).text(Columns.wire(request.status()))
                .time(request.requestedAt()).time(request.resolvedAt()).text(request.rejectionReason())
                .onUnique("completion_requests_one_pending_per_job", () -> new BusinessRuleViolated(ONE_PENDING_REQUEST));
    }

    /** Only the status, the resolution time and the reason of a completion request change. */
    @Override
    public void saveCompletion(CompletionRequest request) {
        sql.write("update completion_requests set status = ?, resolved_at = ?, rejection_reason = ? where id = ?")
                .text(Columns.wire(request.status())).time(request.resolvedAt()).text(request.rejectionReason())
                .id(request.id())
                .expectOneRow("completion request", request.id())
                .onUnique("completion_requests_one_pending_per_job", () -> new BusinessRuleViolated(ONE_PENDING_REQUEST));
    }
}
