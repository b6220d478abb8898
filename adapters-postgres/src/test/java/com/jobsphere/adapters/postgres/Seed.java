package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Duration;
import java.time.Instant;

/** Test data for the contract tests: small builders with fixed, readable ids and times. */
final class Seed {
    /** Whole seconds from here: both stores keep every instant the tests use exactly. */
    static final Instant T0 = Instant.parse("2026-01-28T12:00:00Z");

    private Seed() {
    }

    static Instant at(int seconds) {
        return T0.plus(Duration.ofSeconds(seconds));
    }

    static User user(String id, Role role) {
        return new User(id, new Email(id + "@example.test"), "Name of " + id, role, "hash-of-" + id, T0);
    }

    /** Adds the user and opens their wallet, as registration does. */
    static String member(Stores stores, String id, Role role) {
        User user = user(id, role);
        stores.users().add(user);
        stores.wallets().open(Wallet.open("wallet-" + id, id, user.createdAt()));
        return id;
    }

    static String customer(Stores stores, String id) {
        return member(stores, id, Role.CUSTOMER);
    }

    static String contractor(Stores stores, String id) {
        return member(stores, id, Role.CONTRACTOR);
    }

    /** Credits the wallet as a paid deposit would. */
    /** An unfrozen wallet of {@code userId}, for the checks that only read the frozen state. */
    static Wallet openWallet(String userId) {
        return Wallet.open("wallet-" + userId, userId, T0);
    }

    static void fund(Stores stores, String userId, long cents, String transferId) {
        stores.ledger().post(Transfers.depositCredited(transferId, T0, userId, Money.ofCents(cents)));
    }

    static Job job(String id, String customerId, Instant at) {
        return Job.post(id, customerId, "Job " + id, "A description of job " + id, Money.dollars(500), "repairs",
                "Berlin", at);
    }

    static JobApplication application(String id, String jobId, String contractorId, Instant at) {
        return JobApplication.submit(id, jobId, contractorId, "I can do " + jobId, at);
    }

    static Offer offer(String id, Deal deal, Instant at) {
        return Offer.send(id, deal.job(), deal.application(), deal.customer(), deal.contractor(), Money.dollars(100),
                FeeSchedule.STANDARD, "2 weeks", "The work as agreed, " + id, at);
    }

    /** A customer, a contractor, the customer's open job and the contractor's application to it. */
    record Deal(String customer, String contractor, String job, String application) {
    }

    static Deal deal(Stores stores, String suffix) {
        Deal deal = new Deal("customer" + suffix, "contractor" + suffix, "job" + suffix, "application" + suffix);
        customer(stores, deal.customer());
        contractor(stores, deal.contractor());
        stores.jobs().add(job(deal.job(), deal.customer(), T0));
        stores.applications().add(application(deal.application(), deal.job(), deal.contractor(), T0));
        return deal;
    }

    static Deal deal(Stores stores) {
        return deal(stores, "");
    }
}
