package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Test data for the contract tests: small builders with fixed, readable ids and times. A deal changes only through
 * its decisions, so the builders of deals take the same decisions the use cases take, each in a transaction of its
 * own, as the lock order requires (a deal's lock is never taken after the ledger's).
 */
final class Seed {
    /** Whole seconds from here: both stores keep every instant the tests use exactly. */
    static final Instant T0 = Instant.parse("2026-01-28T12:00:00Z");
    /** What the seeded offers are for; the customer pays $105 and the contractor receives $80. */
    static final Money OFFER_AMOUNT = Money.dollars(100);
    static final Money OFFER_TOTAL_CHARGE = FeeSchedule.STANDARD.feesFor(OFFER_AMOUNT).totalCharge();
    static final Caller ADMIN = new Caller(new UserId("admin"), Role.ADMIN);

    private Seed() {
    }

    static Instant at(int seconds) {
        return T0.plus(Duration.ofSeconds(seconds));
    }

    static User user(String id, Role role) {
        return new User(new UserId(id), new Email(id + "@example.test"), "Name of " + id, role, "hash-of-" + id, T0);
    }

    /** Adds the user and opens their wallet, as registration does. */
    static UserId member(Stores stores, String id, Role role) {
        User user = user(id, role);
        stores.users().add(user);
        stores.wallets().open(Wallet.open("wallet-" + id, user.id(), user.createdAt()));
        return user.id();
    }

    static UserId customer(Stores stores, String id) {
        return member(stores, id, Role.CUSTOMER);
    }

    static UserId contractor(Stores stores, String id) {
        return member(stores, id, Role.CONTRACTOR);
    }

    /** The platform's user, whose history is every escrow movement. */
    static UserId admin(Stores stores) {
        return member(stores, ADMIN.userId().value(), Role.ADMIN);
    }

    /** The user as a related party is shown: the name and email {@link #user} gives them. */
    static Party party(UserId userId) {
        return new Party(userId, "Name of " + userId, userId + "@example.test");
    }

    /** An unfrozen wallet of {@code userId}, for the checks that only read the frozen state. */
    static Wallet openWallet(UserId userId) {
        return Wallet.open("wallet-" + userId, userId, T0);
    }

    /** Credits the wallet as a paid deposit does: the deposit, completed, and its credit in the ledger. */
    static void fund(Stores stores, UserId userId, long cents, String depositId, Instant at) {
        Deposit deposit = Deposit.start(new DepositId(depositId), userId, Money.ofCents(cents), at)
                .moveTo(DepositStatus.COMPLETED, at);
        stores.deposits().add(deposit);
        stores.ledger().post(Transfers.depositCredited(at, deposit.id(), userId, deposit.amount()));
    }

    static void fund(Stores stores, UserId userId, long cents, String depositId) {
        fund(stores, userId, cents, depositId, T0);
    }

    static Job job(String id, UserId customerId, Instant at) {
        return Job.post(new JobId(id), customerId, "Job " + id, "A description of job " + id, Money.dollars(500),
                "repairs", "Berlin", at);
    }

    /** A customer, a contractor, the customer's open job and the contractor's application to it. */
    record Applied(UserId customer, UserId contractor, JobId job, ApplicationId application) {
        DealKey byJob() {
            return new DealKey.ByJob(job);
        }

        Caller asCustomer() {
            return new Caller(customer, Role.CUSTOMER);
        }

        Caller asContractor() {
            return new Caller(contractor, Role.CONTRACTOR);
        }
    }

    /** Ids end in {@code suffix}: {@code customer-1}, {@code contractor-1}, {@code job-1}, {@code application-1}. */
    static Applied applied(Stores stores, String suffix, Instant at) {
        UserId customer = customer(stores, "customer" + suffix);
        UserId contractor = contractor(stores, "contractor" + suffix);
        Job posted = job("job" + suffix, customer, at);
        stores.jobs().add(posted);
        JobId job = posted.id();
        ApplicationId application = new ApplicationId("application" + suffix);
        decide(stores, new DealKey.ByJob(job), deal ->
                deal.apply(new Caller(contractor, Role.CONTRACTOR), application, "I can do " + job, at));
        return new Applied(customer, contractor, job, application);
    }

    static Applied applied(Stores stores, String suffix) {
        return applied(stores, suffix, T0);
    }

    /** Another contractor's application to the same job. */
    static ApplicationId applyAlso(Backend backend, Applied applied, String contractorId, Instant at) {
        ApplicationId application = new ApplicationId("application-" + contractorId);
        backend.run(stores -> {
            UserId contractor = contractor(stores, contractorId);
            decide(stores, applied.byJob(), deal ->
                    deal.apply(new Caller(contractor, Role.CONTRACTOR), application, "Me too", at));
        });
        return application;
    }

    /** Locks the deal, takes one decision on it and records the decision with the money it moves. */
    static Decision decide(Stores stores, DealKey key, Function<Deal, Decision> decision) {
        Decision decided = decision.apply(stores.deals().lock(key).orElseThrow());
        stores.record(decided);
        return decided;
    }

    /** {@link #decide(Stores, DealKey, Function)} in a transaction of its own. */
    static Decision decide(Backend backend, DealKey key, Function<Deal, Decision> decision) {
        return backend.transaction(stores -> decide(stores, key, decision));
    }

    /** Funds the customer with exactly the offer's total charge, then sends a $100 offer on the application. */
    static Decision offer(Backend backend, Applied applied, ApplicationId application, String offerId, Instant at) {
        backend.run(stores -> fund(stores, applied.customer(), OFFER_TOTAL_CHARGE.cents(), "for-" + offerId, at));
        return decide(backend, applied.byJob(), deal -> deal.sendOffer(applied.asCustomer(), application,
                new OfferId(offerId), OFFER_AMOUNT, FeeSchedule.STANDARD, "2 weeks", "The work as agreed, " + offerId, at));
    }

    static Decision offer(Backend backend, Applied applied, String offerId, Instant at) {
        return offer(backend, applied, applied.application(), offerId, at);
    }

    /** The offer's contractor accepts it: its total charge moves into escrow and the job is assigned. */
    static Decision accept(Backend backend, OfferId offer, UserId contractor, Instant at) {
        return decide(backend, new DealKey.ByOffer(offer), deal ->
                deal.accept(new Caller(contractor, Role.CONTRACTOR), offer, "accept-" + offer, at));
    }

    /** Offered to the seeded contractor and accepted by them at {@code at}. */
    static OfferId assigned(Backend backend, Applied applied, String offerId, Instant at) {
        OfferId offer = new OfferId(offerId);
        offer(backend, applied, offerId, at);
        accept(backend, offer, applied.contractor(), at);
        return offer;
    }

    /** Assigned and started at {@code at}. */
    static OfferId inProgress(Backend backend, Applied applied, String offerId, Instant at) {
        OfferId offer = assigned(backend, applied, offerId, at);
        decide(backend, applied.byJob(), deal -> deal.start(applied.asCustomer(), at));
        return offer;
    }

    static Decision requestCompletion(Backend backend, Applied applied, String requestId, Instant at) {
        return decide(backend, applied.byJob(), deal ->
                deal.requestCompletion(applied.asCustomer(), new CompletionRequestId(requestId), at));
    }
}
