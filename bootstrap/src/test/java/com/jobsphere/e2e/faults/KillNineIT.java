package com.jobsphere.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.ServiceProcess;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CONTRACT.md §11 when a process dies: instance A, the real jar in a child JVM, takes keyed withdrawals and keyed
 * deposit starts (the use case that calls the payment gateway between its phases) until it is killed with
 * SIGKILL in the middle of them. Every request A left unanswered is retried with its key at instance B, on the
 * same database: it must take effect exactly once, and never be told 409, because A's locks died with it. Then A
 * is started again and every key is sent to it once more: each must be answered with the recorded response.
 */
class KillNineIT {
    private static final int CONTRACTORS = 6;
    private static final String DEPOSIT = "10000";
    private static final BigDecimal FUNDED = new BigDecimal("10000.00");
    private static final long SET_UP_DEPOSIT_CENTS = 1_000_000;
    /** Withdrawal i of a contractor is 10.00 + i cents, deposit i is 20.00 + i cents: one amount per key. */
    private static final BigDecimal FIRST_WITHDRAWAL = new BigDecimal("10.00");
    private static final BigDecimal FIRST_DEPOSIT = new BigDecimal("20.00");
    /** 500 withdrawals of 10.00 + i cents add up to 6,247.50, within {@link #FUNDED}. */
    private static final int MOST_REQUESTS_EACH = 500;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofMillis(1500);
    private static final Duration LOCKS_RELEASED_TIMEOUT = Duration.ofSeconds(10);
    private static final String WITHDRAW = "/api/wallet/withdraw";
    private static final String DEPOSIT_START = "/api/wallet/deposit";

    /** Instance B, in-process. */
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static Psql psql;

    @BeforeAll
    static void connect() {
        psql = Psql.on(service.database());
    }

    @Test
    void requestsAKilledInstanceLeftUnansweredTakeEffectOnceElsewhereAndReplayAfterItsRestart() throws Exception {
        List<User> contractors;
        List<KeyedRequest> requests;
        try (ServiceProcess a = ServiceProcess.start("KillNineIT-A", service.environment())) {
            Marketplace onA = new Marketplace(a.api(), Service.ADMIN_EMAIL, Service.ADMIN_PASSWORD);
            contractors = Parallel.run(CONTRACTORS, i -> fundedContractor(onA));
            requests = loadThenKill(a, contractors);
        }
        Duration released = awaitAdvisoryLocksReleased();
        List<KeyedRequest> unanswered = requests.stream().filter(request -> !request.first().answered()).toList();
        long resumable = depositsAlreadyRecorded(unanswered);

        unanswered.forEach(request -> request.sendTo(service.api()));

        assertThat(requests).as("A answered something other than 2xx before it was killed")
                .filteredOn(request -> request.first().answered() && !request.first().succeeded()).isEmpty();
        assertThat(unanswered).as("the kill must have cut requests in flight, or this test proved nothing").isNotEmpty();
        assertThat(unanswered).as("retries at B not answered 200 (a 409 would mean A's locks outlived it)")
                .filteredOn(request -> request.last().status() != 200).isEmpty();
        assertEveryKeyTookEffectOnce(requests);

        replayEveryKeyAtARestartedA(contractors, requests);
        report(requests, unanswered, resumable, released);

        assertThat(requests).as("keys not replayed by the restarted instance exactly as first decided")
                .filteredOn(request -> !request.last().replayed()
                        || request.last().status() != decidedBeforeReplay(request).status()
                        || !request.last().body().equals(decidedBeforeReplay(request).body()))
                .isEmpty();
        Balances.assertExact(service.marketplace(), contractors, FUNDED,
                requests.stream().filter(request -> request.path().equals(WITHDRAW)).toList());
    }

    /** One withdrawal or one deposit row per key, by user and amount, and none without a key. */
    private static void assertEveryKeyTookEffectOnce(List<KeyedRequest> requests) {
        Map<String, Long> withdrawals = effects("withdrawals");
        Map<String, Long> deposits = effects("deposits");
        Map<String, String> sessions = sessions();
        assertThat(requests).as("keys without exactly one effect")
                .filteredOn(request -> (request.path().equals(WITHDRAW) ? withdrawals : deposits)
                        .getOrDefault(request.effectKey(), 0L) != 1)
                .isEmpty();
        assertThat(total(withdrawals)).as("withdrawals")
                .isEqualTo(requests.stream().filter(request -> request.path().equals(WITHDRAW)).count());
        assertThat(total(deposits)).as("deposits started")
                .isEqualTo(requests.stream().filter(request -> request.path().equals(DEPOSIT_START)).count());
        assertThat(requests).as("deposits whose answer names another Checkout Session than the one recorded")
                .filteredOn(request -> request.path().equals(DEPOSIT_START))
                .filteredOn(request -> !request.last().json().at("/data/sessionId").asText()
                        .equals(sessions.get(request.effectKey())))
                .isEmpty();
    }

    /** A started again on the same database, and every key sent to it once more. */
    private static void replayEveryKeyAtARestartedA(List<User> contractors, List<KeyedRequest> requests) {
        try (ServiceProcess restarted = ServiceProcess.start("KillNineIT-A-restarted", service.environment())) {
            Parallel.run(CONTRACTORS, thread -> {
                requests.stream().filter(request -> request.user().equals(contractors.get(thread)))
                        .forEach(request -> request.sendTo(restarted.api()));
                return thread;
            });
        }
    }

    /** The answer a key had before the restarted instance was asked: A's, or B's to the retry. */
    private static Answer decidedBeforeReplay(KeyedRequest request) {
        List<Answer> answers = request.answers();
        return answers.get(answers.size() - 2);
    }

    /** A contractor holding {@link #FUNDED} from a deposit, onboarded, payouts enabled. */
    private static User fundedContractor(Marketplace market) {
        User contractor = market.contractor();
        market.deposit(contractor, DEPOSIT);
        market.onboard(contractor);
        return contractor;
    }

    /**
     * Two client threads per contractor, one sending withdrawals and one deposit starts, run against A until it is
     * killed; returns every request sent, each with its first answer.
     */
    private static List<KeyedRequest> loadThenKill(ServiceProcess a, List<User> contractors) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2 * CONTRACTORS);
        try {
            List<Future<List<KeyedRequest>>> load = new ArrayList<>();
            for (int i = 0; i < CONTRACTORS; i++) {
                User contractor = contractors.get(i);
                String withdrawals = "kill9-withdraw-" + i + "-";
                String deposits = "kill9-deposit-" + i + "-";
                load.add(threads.submit(() -> sendUntilGone(a, contractor, withdrawals, WITHDRAW, FIRST_WITHDRAWAL)));
                load.add(threads.submit(() -> sendUntilGone(a, contractor, deposits, DEPOSIT_START, FIRST_DEPOSIT)));
            }
            Thread.sleep(LOAD_BEFORE_KILL.toMillis());
            a.kill();
            List<KeyedRequest> sent = new ArrayList<>();
            for (Future<List<KeyedRequest>> thread : load) {
                sent.addAll(thread.get(30, TimeUnit.SECONDS));
            }
            return sent;
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a load thread failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Keyed requests one after another until one is not answered: the instance is gone. */
    private static List<KeyedRequest> sendUntilGone(ServiceProcess a, User contractor, String keyPrefix, String path,
            BigDecimal firstAmount) {
        Api api = a.api();
        List<KeyedRequest> sent = new ArrayList<>();
        for (int i = 0; i < MOST_REQUESTS_EACH; i++) {
            KeyedRequest request = new KeyedRequest(keyPrefix + i, contractor, path,
                    firstAmount.add(BigDecimal.valueOf(i, 2)));
            sent.add(request);
            if (!request.sendTo(api).answered()) {
                break;
            }
        }
        return sent;
    }

    /**
     * Waits until the server has let go of every advisory lock on the database: the keys A's transactions and its
     * lock connection held. The server frees them when it notices A's connections closed, a few milliseconds after
     * the kill; "A's locks died with it" means exactly this, and B is idle meanwhile, holding none.
     */
    private static Duration awaitAdvisoryLocksReleased() throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long held = psql.number("""
                    select count(*) from pg_locks
                    where locktype = 'advisory'
                      and database = (select oid from pg_database where datname = current_database())""");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (held == 0) {
                return waited;
            }
            if (waited.compareTo(LOCKS_RELEASED_TIMEOUT) > 0) {
                throw new AssertionError(held + " advisory locks still held " + waited.toMillis() + " ms after the kill");
            }
            Thread.sleep(5);
        }
    }

    /** Deposits of the load already recorded before their retry: the retry resumes after A's first phase. */
    private static long depositsAlreadyRecorded(List<KeyedRequest> unanswered) {
        Map<String, Long> deposits = effects("deposits");
        return unanswered.stream().filter(request -> request.path().equals(DEPOSIT_START))
                .filter(request -> deposits.containsKey(request.effectKey())).count();
    }

    /** How many rows of {@code table} (withdrawals or deposits) each user has of each amount, set-up left out. */
    private static Map<String, Long> effects(String table) {
        Map<String, Long> effects = KeyedRequest.effects(psql, table);
        effects.keySet().removeIf(key -> key.endsWith(":" + SET_UP_DEPOSIT_CENTS));
        return effects;
    }

    private static long total(Map<String, Long> effects) {
        return effects.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The Checkout Session each deposit was given, by user and amount. */
    private static Map<String, String> sessions() {
        Map<String, String> sessions = new HashMap<>();
        for (Map<String, Object> row : psql.rows("select user_id, amount_cents, session_id from deposits")) {
            sessions.put(row.get("user_id") + ":" + row.get("amount_cents"), String.valueOf(row.get("session_id")));
        }
        return sessions;
    }

    private static void report(List<KeyedRequest> requests, List<KeyedRequest> unanswered, long resumable,
            Duration released) {
        System.out.printf("KillNineIT: %d keyed requests to A (%d withdrawals, %d deposit starts) before kill -9 after "
                        + "%d ms%n", requests.size(), requests.stream().filter(r -> r.path().equals(WITHDRAW)).count(),
                requests.stream().filter(r -> r.path().equals(DEPOSIT_START)).count(), LOAD_BEFORE_KILL.toMillis());
        System.out.printf("  answered by A: %d; unanswered: %d %s; the server released A's advisory locks %d ms after "
                + "its death%n", requests.size() - unanswered.size(), unanswered.size(), KeyedRequest.tally(unanswered,
                        request -> request.path() + " " + request.first().failure().replaceFirst(":.*", "")),
                released.toMillis());
        System.out.printf("  retried at B: %d, answered %s; %d replayed (A had committed them), %d deposits resumed "
                        + "after A's committed first phase%n", unanswered.size(),
                KeyedRequest.tally(unanswered, request -> request.answers().get(1).outcome()),
                unanswered.stream().filter(request -> request.answers().get(1).replayed()).count(), resumable);
        System.out.printf("  effects: %d withdrawals, %d deposits started; restarted A answered all %d keys %s%n",
                total(effects("withdrawals")), total(effects("deposits")), requests.size(),
                KeyedRequest.tally(requests, request -> request.last().outcome()));
    }
}
