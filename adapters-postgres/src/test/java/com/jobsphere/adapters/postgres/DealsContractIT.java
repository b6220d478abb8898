package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.Deals;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Decision.Change;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DealsContractIT {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Whichever key a request starts from, it finds the job's deal: every application oldest first, the live offer
     * and the pending request, plus the offer or request the key names if that one is no longer live, and the
     * customer's wallet as it was when the deal was loaded.
     */
    @ContractTest
    void everyKeyOfADealFindsTheSameJobAndChildrenLockedOrRead(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        ApplicationId rival = Seed.applyAlso(backend, applied, "rival", at(-60));
        OfferId firstOffer = new OfferId("offer-1");
        Seed.offer(backend, applied, firstOffer.value(), at(10));
        Decision firstRejected = Seed.decide(backend, new DealKey.ByOffer(firstOffer), deal ->
                deal.rejectOffer(applied.asContractor(), firstOffer, "Too little", "refund-offer-1", at(20)));
        OfferId secondOffer = new OfferId("offer-2");
        Seed.offer(backend, applied, rival, secondOffer.value(), at(30));
        Seed.accept(backend, secondOffer, new UserId("rival"), at(40));
        Seed.decide(backend, applied.byJob(), deal -> deal.start(applied.asCustomer(), at(50)));
        CompletionRequestId firstRequest = new CompletionRequestId("request-1");
        Seed.requestCompletion(backend, applied, firstRequest.value(), at(60));
        Decision requestRejected = Seed.decide(backend, new DealKey.ByCompletion(firstRequest), deal ->
                deal.rejectCompletion(Seed.ADMIN, firstRequest, "Not finished", at(70)));
        backend.run(stores -> stores.wallets().save(stores.wallets().lockByUser(applied.customer()).orElseThrow()
                .freeze("Chargeback under review", at(75))));
        CompletionRequestId secondRequest = new CompletionRequestId("request-2");
        Deal now = Seed.requestCompletion(backend, applied, secondRequest.value(), at(80)).deal();

        assertThat(now.applications()).extracting(JobApplication::id).containsExactly(rival, applied.application());
        Offer live = now.liveOffer().orElseThrow();
        CompletionRequest pending = now.pendingCompletion().orElseThrow();
        // Two offers were funded with their total charge; the accepted one took its charge into escrow.
        Deal.CustomerWallet wallet = new Deal.CustomerWallet(true, Seed.OFFER_TOTAL_CHARGE);
        Deal plain = Deal.of(now.job(), now.applications(), List.of(live), List.of(pending), wallet);
        Map<DealKey, Deal> expected = new LinkedHashMap<>();
        expected.put(applied.byJob(), plain);
        expected.put(new DealKey.ByApplication(applied.application()), plain);
        expected.put(new DealKey.ByApplication(rival), plain);
        expected.put(new DealKey.ByOffer(secondOffer), plain);
        expected.put(new DealKey.ByOffer(firstOffer), Deal.of(now.job(), now.applications(),
                List.of(live, firstRejected.deal().offer(firstOffer)), List.of(pending), wallet));
        expected.put(new DealKey.ByCompletion(secondRequest), plain);
        expected.put(new DealKey.ByCompletion(firstRequest), Deal.of(now.job(), now.applications(), List.of(live),
                List.of(pending, requestRejected.deal().completion(firstRequest)), wallet));

        expected.forEach((key, deal) -> {
            assertSameDeal(backend.transaction(stores -> stores.deals().lock(key)), deal, "locked " + key);
            assertSameDeal(find(backend, key), deal, "read " + key);
        });
    }

    @ContractTest
    void aKeyThatNamesNothingFindsNoDeal(Backend backend) {
        backend.transaction(stores -> Seed.applied(stores, ""));

        for (DealKey key : List.of(new DealKey.ByJob(new JobId("nothing")), new DealKey.ByOffer(new OfferId("nothing")),
                new DealKey.ByApplication(new ApplicationId("nothing")),
                new DealKey.ByCompletion(new CompletionRequestId("nothing")))) {
            Optional<Deal> locked = backend.transaction(stores -> stores.deals().lock(key));
            assertThat(locked).as("locked " + key).isEmpty();
            assertThat(find(backend, key)).as("read " + key).isEmpty();
        }
    }

    @ContractTest
    void everyChangeOfAnOffersLifeIsStoredFieldForField(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        Caller rival = new Caller(backend.transaction(stores -> Seed.contractor(stores, "rival")), Role.CONTRACTOR);
        ApplicationId rivalApplication = new ApplicationId("application-rival");
        recorded(backend, applied.byJob(), deal -> deal.apply(rival, rivalApplication, "Me too", at(1)));
        backend.run(stores -> Seed.fund(stores, applied.customer(), 1_000_00, "deposit-1"));
        OfferId first = new OfferId("offer-1");
        recorded(backend, applied.byJob(), deal -> deal.sendOffer(applied.asCustomer(), applied.application(), first,
                Money.ofCents(33_33), new FeeSchedule(450, 1_750), "3 days", "Paint the fence", at(10)));
        recorded(backend, new DealKey.ByOffer(first), deal ->
                deal.rejectOffer(applied.asContractor(), first, "Too little", "refund-offer-1", at(20)));
        OfferId second = new OfferId("offer-2");
        recorded(backend, applied.byJob(), deal -> deal.sendOffer(applied.asCustomer(), rivalApplication, second,
                Money.dollars(200), FeeSchedule.STANDARD, "1 week", "Paint the house", at(30)));
        recorded(backend, new DealKey.ByOffer(second), deal -> deal.accept(rival, second, "accept-offer-2", at(40)));
        recorded(backend, new DealKey.ByOffer(second), deal ->
                deal.rejectOffer(rival, second, "Changed my mind", "refund-offer-2", at(50)));
        OfferId third = new OfferId("offer-3");
        recorded(backend, applied.byJob(), deal -> deal.sendOffer(applied.asCustomer(), applied.application(), third,
                Money.dollars(10), FeeSchedule.STANDARD, "1 day", "Fix the gate", at(60)));
        recorded(backend, applied.byJob(), deal -> deal.expireOffer(at(60).plus(Offer.LIFETIME)));

        // The acceptance's charge went into escrow and its refund came back: the customer has what they paid in.
        assertThat(balanceOf(backend, applied.customer())).isEqualTo(1_000_00);
    }

    @ContractTest
    void everyChangeOfAJobsLifeIsStoredFieldForField(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        Seed.assigned(backend, applied, "offer-1", at(10));
        recorded(backend, applied.byJob(), deal -> deal.start(applied.asContractor(), at(20)));
        CompletionRequestId first = new CompletionRequestId("request-1");
        recorded(backend, applied.byJob(), deal -> deal.requestCompletion(applied.asCustomer(), first, at(30)));
        recorded(backend, new DealKey.ByCompletion(first), deal ->
                deal.rejectCompletion(Seed.ADMIN, first, "Not finished", at(40)));
        CompletionRequestId second = new CompletionRequestId("request-2");
        recorded(backend, applied.byJob(), deal -> deal.requestCompletion(applied.asCustomer(), second, at(50)));
        recorded(backend, new DealKey.ByCompletion(second), deal ->
                deal.approveCompletion(Seed.ADMIN, second, "complete-offer-1", at(60)));

        assertThat(balanceOf(backend, applied.contractor())).isEqualTo(80_00);
    }

    @ContractTest
    void aCancellationIsStoredFieldForFieldAndRefundsTheCustomer(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        Seed.inProgress(backend, applied, "offer-1", at(10));
        Seed.requestCompletion(backend, applied, "request-1", at(20));

        Decision cancelled = recorded(backend, applied.byJob(), deal ->
                deal.cancel(applied.asCustomer(), "Requirements changed", "refund-offer-1", at(30)));

        assertThat(cancelled.changes()).hasSize(3);
        assertThat(balanceOf(backend, applied.customer())).isEqualTo(Seed.OFFER_TOTAL_CHARGE.cents());
    }

    /**
     * Decisions taken on a deal read before another decision was recorded: only the store stands between them and
     * a second row, as it would between two instances that raced without the job's lock.
     */
    @ContractTest
    void aContractorAppliesOncePerJobWhateverDealTheyDecidedOn(Backend backend) {
        JobId job = new JobId("job");
        Caller contractor = new Caller(new UserId("contractor"), Role.CONTRACTOR);
        backend.run(stores -> {
            stores.jobs().add(Seed.job(job.value(), Seed.customer(stores, "customer"), T0));
            Seed.contractor(stores, "contractor");
        });
        Deal before = read(backend, new DealKey.ByJob(job));
        ApplicationId first = new ApplicationId("application-1");
        backend.run(stores -> stores.deals().record(before.apply(contractor, first, "First", at(1))));

        assertThatThrownBy(() -> backend.run(stores -> stores.deals()
                .record(before.apply(contractor, new ApplicationId("application-2"), "Again", at(2)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("You have already applied to this job");
        assertThat(read(backend, new DealKey.ByJob(job)).applications()).extracting(JobApplication::id).containsExactly(first);
    }

    @ContractTest
    void aJobHasAtMostOneLiveOfferWhateverDealItWasDecidedOn(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        ApplicationId rival = Seed.applyAlso(backend, applied, "rival", at(1));
        backend.run(stores -> Seed.fund(stores, applied.customer(), 1_000_00, "deposit-1"));
        Deal before = read(backend, applied.byJob());
        OfferId first = new OfferId("offer-1");
        backend.run(stores -> stores.deals().record(offer(before, applied, applied.application(), first, at(10))));

        assertThatThrownBy(() -> backend.run(stores ->
                stores.deals().record(offer(before, applied, rival, new OfferId("offer-2"), at(20)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("An offer has already been sent for this job");
        assertThat(read(backend, applied.byJob()).liveOffer()).map(Offer::id).contains(first);
        assertThat(find(backend, new DealKey.ByOffer(new OfferId("offer-2")))).isEmpty();
    }

    @ContractTest
    void anAcceptedOfferAlsoKeepsASecondOfferOut(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        ApplicationId rival = Seed.applyAlso(backend, applied, "rival", at(1));
        backend.run(stores -> Seed.fund(stores, applied.customer(), 1_000_00, "deposit-1"));
        Deal before = read(backend, applied.byJob());
        Seed.assigned(backend, applied, "offer-1", at(10));

        assertThatThrownBy(() -> backend.run(stores ->
                stores.deals().record(offer(before, applied, rival, new OfferId("offer-2"), at(20)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("An offer has already been sent for this job");
    }

    @ContractTest
    void anOfferCannotBeMadeLiveAgainWhileAnotherIsLive(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        ApplicationId rival = Seed.applyAlso(backend, applied, "rival", at(1));
        OfferId first = new OfferId("offer-1");
        Seed.offer(backend, applied, first.value(), at(10));
        Deal whileFirstWasPending = read(backend, applied.byJob());
        Seed.decide(backend, new DealKey.ByOffer(first), deal ->
                deal.rejectOffer(applied.asContractor(), first, "Too little", "refund-offer-1", at(20)));
        Seed.offer(backend, applied, rival, "offer-2", at(30));

        assertThatThrownBy(() -> backend.run(stores -> stores.deals()
                .record(whileFirstWasPending.accept(applied.asContractor(), first, "accept-offer-1", at(40)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("An offer has already been sent for this job");
        assertThat(read(backend, applied.byJob()).liveOffer()).map(Offer::id).contains(new OfferId("offer-2"));
    }

    @ContractTest
    void aJobHasAtMostOnePendingCompletionRequestWhateverDealItWasDecidedOn(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        Seed.inProgress(backend, applied, "offer-1", at(10));
        Deal before = read(backend, applied.byJob());
        CompletionRequestId first = new CompletionRequestId("request-1");
        backend.run(stores -> stores.deals().record(before.requestCompletion(applied.asCustomer(), first, at(20))));

        CompletionRequestId second = new CompletionRequestId("request-2");
        assertThatThrownBy(() -> backend.run(stores ->
                stores.deals().record(before.requestCompletion(applied.asCustomer(), second, at(30)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("A completion request is already pending for this job");
        assertThat(read(backend, applied.byJob()).pendingCompletion()).map(CompletionRequest::id).contains(first);
        assertThat(find(backend, new DealKey.ByCompletion(second))).isEmpty();
    }

    @ContractTest
    void recordingAChangeToAJobThatWasNeverPostedIsAProgrammerError(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        Deal ghost = Deal.of(Seed.job("ghost", customer, T0), List.of(), List.of(), List.of(),
                new Deal.CustomerWallet(false, Money.ZERO));

        assertThatThrownBy(() -> backend.run(stores -> stores.deals()
                .record(ghost.cancel(new Caller(customer, Role.CUSTOMER), "Never posted", "refund-ghost", at(1)))))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * The job's row is the deal's one lock: a second transaction that locks the same deal through its offer waits
     * for the first to commit, and then loads the deal as the first left it.
     */
    @Test
    void aLockedDealKeepsASecondLockerWaitingAndThenShowsItTheFirstsChanges() throws Exception {
        try (Backend backend = Backend.postgres()) {
            Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
            OfferId offer = new OfferId("offer-1");
            Seed.offer(backend, applied, offer.value(), at(10));
            Caller rival = new Caller(backend.transaction(stores -> Seed.contractor(stores, "rival")), Role.CONTRACTOR);
            ApplicationId rivalApplication = new ApplicationId("application-rival");
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = threads.submit(() -> backend.run(stores -> {
                    Seed.decide(stores, applied.byJob(), deal -> deal.apply(rival, rivalApplication, "Me too", at(20)));
                    stores.flush();
                    locked.countDown();
                    await(release);
                }));
                assertThat(locked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

                Future<Optional<Deal>> second = threads.submit(() ->
                        backend.transaction(stores -> stores.deals().lock(new DealKey.ByOffer(offer))));
                awaitOneWaitingForALock(backend);
                assertThat(second).isNotDone();
                release.countDown();
                first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

                assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).orElseThrow().applications())
                        .extracting(JobApplication::id).containsExactly(applied.application(), rivalApplication);
            } finally {
                release.countDown();
                threads.shutdownNow();
            }
        }
    }

    /** The ledger's rows are the last level of the one lock order: a deal locked after them could deadlock. */
    @Test
    void aDealLockedAfterTheLedgerIsRefusedAsOutOfOrder() {
        try (Backend backend = Backend.postgres()) {
            Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));

            assertThatThrownBy(() -> backend.run(stores -> {
                Seed.fund(stores, applied.customer(), 10_00, "deposit-1");
                stores.deals().lock(applied.byJob());
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a JOB lock taken after a LEDGER lock")
                    .hasMessageContaining("[IDEMPOTENCY_KEY, JOB, PAYMENT, LEDGER]");
            assertThat(balanceOf(backend, applied.customer())).isZero();
        }
    }

    /** Takes and records one decision, then checks that each row it changed reads back exactly as it left it. */
    private static Decision recorded(Backend backend, DealKey key, Function<Deal, Decision> decision) {
        Decision decided = Seed.decide(backend, key, decision);
        assertThat(decided.changes()).isNotEmpty();
        backend.unitOfWork().read(stores -> {
            decided.changes().forEach(change -> assertStoredAsLeft(stores.deals(), decided.deal(), change));
            return null;
        });
        return decided;
    }

    /**
     * The changed row, loaded through the key that names it (so found live or not), is the row as the whole
     * decision left it: a row that one decision changes twice is stored as it was last.
     */
    private static void assertStoredAsLeft(Deals deals, Deal now, Change change) {
        Object row = row(change);
        if (row instanceof Job job) {
            assertThat(deals.read(new DealKey.ByJob(job.id())).orElseThrow().job()).as(change.toString())
                    .isEqualTo(now.job());
        } else if (row instanceof JobApplication application) {
            assertThat(deals.read(new DealKey.ByApplication(application.id())).orElseThrow().application(application.id()))
                    .as(change.toString()).isEqualTo(now.application(application.id()));
        } else if (row instanceof Offer offer) {
            assertThat(deals.read(new DealKey.ByOffer(offer.id())).orElseThrow().offer(offer.id())).as(change.toString())
                    .isEqualTo(now.offer(offer.id()));
        } else {
            CompletionRequestId id = ((CompletionRequest) row).id();
            assertThat(deals.read(new DealKey.ByCompletion(id)).orElseThrow().completion(id)).as(change.toString())
                    .isEqualTo(now.completion(id));
        }
    }

    private static Object row(Change change) {
        if (change instanceof Change.JobChanged changed) {
            return changed.job();
        }
        if (change instanceof Change.ApplicationAdded added) {
            return added.application();
        }
        if (change instanceof Change.ApplicationChanged changed) {
            return changed.application();
        }
        if (change instanceof Change.OfferAdded added) {
            return added.offer();
        }
        if (change instanceof Change.OfferChanged changed) {
            return changed.offer();
        }
        if (change instanceof Change.CompletionRequested requested) {
            return requested.request();
        }
        return ((Change.CompletionResolved) change).request();
    }

    /** The deal's private children and the customer's wallet are compared too; the order of offers and requests is not promised. */
    private static void assertSameDeal(Optional<Deal> actual, Deal expected, String description) {
        assertThat(actual).as(description).hasValueSatisfying(deal -> assertThat(deal).as(description)
                .usingRecursiveComparison()
                .ignoringCollectionOrderInFields("offers", "completions")
                .isEqualTo(expected));
    }

    private static Deal read(Backend backend, DealKey key) {
        return find(backend, key).orElseThrow();
    }

    private static Optional<Deal> find(Backend backend, DealKey key) {
        return backend.unitOfWork().read(stores -> stores.deals().read(key));
    }

    private static Decision offer(Deal deal, Seed.Applied applied, ApplicationId application, OfferId id, Instant at) {
        return deal.sendOffer(applied.asCustomer(), application, id, Seed.OFFER_AMOUNT, FeeSchedule.STANDARD, "2 weeks",
                "The work as agreed", at);
    }

    private static long balanceOf(Backend backend, UserId userId) {
        return backend.unitOfWork().read(stores -> stores.ledger().balanceOf(Account.wallet(userId)));
    }

    /** Until PostgreSQL shows one of this database's backends waiting for a lock; bounded by {@link #PATIENCE}. */
    private static void awaitOneWaitingForALock(Backend backend) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (Jdbc.queryLong(backend.adapter().dataSource(), "select count(*) from pg_stat_activity"
                + " where datname = current_database() and wait_event_type = 'Lock'") < 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No transaction started waiting for the deal's lock");
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never released the open transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while holding a transaction open", e);
        }
    }
}
