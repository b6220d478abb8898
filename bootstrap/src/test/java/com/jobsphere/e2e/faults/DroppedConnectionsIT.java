package com.jobsphere.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CONTRACT.md §11 while PostgreSQL keeps cutting the service off: two instances on one database take keyed
 * withdrawals while every backend of that database is terminated four times a second, in whatever state it is
 * (idle in the pool, mid-transaction, committing, holding the lock connection). Then every request that was not
 * answered 2xx is retried with its key and body until it is decided. Each key must have taken effect exactly
 * once if its final answer was 2xx and never otherwise, however many attempts it took, and no key may be kept
 * ("still being processed") by a holder that is gone.
 */
class DroppedConnectionsIT {
    private static final int CONTRACTORS = 6;
    /** Two deposits of the largest amount allowed: enough for {@link #MOST_REQUESTS_EACH} withdrawals. */
    private static final int DEPOSITS_EACH = 2;
    private static final String DEPOSIT = "10000";
    private static final BigDecimal FUNDED = new BigDecimal("20000.00");
    /** Request i of a contractor asks for 10.00 + i cents: every key of a user has an amount of its own. */
    private static final BigDecimal FIRST_AMOUNT = new BigDecimal("10.00");
    /** 1000 requests of 10.00 + i cents add up to 14,995.00, within {@link #FUNDED}, so no request is refused. */
    private static final int MOST_REQUESTS_EACH = 1000;
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final Duration KILL_INTERVAL = Duration.ofMillis(250);
    /** Right after the killer stops, a pool may still hand out a connection it killed: a few 503s are expected. */
    private static final int MOST_ATTEMPTS = 20;
    private static final long RETRY_PAUSE_MILLIS = 100;
    private static final String WITHDRAW = "/api/wallet/withdraw";

    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway().withInstances(2);

    @Test
    void keyedWithdrawalsTakeEffectExactlyOncePerKeyWhileEveryDatabaseConnectionKeepsBeingCut() {
        Marketplace market = service.marketplace();
        Psql psql = Psql.on(service.database());
        List<User> contractors = Parallel.run(CONTRACTORS, i -> fundedContractor(market));

        BackendKiller killer = BackendKiller.start(psql, KILL_INTERVAL);
        long deadline = System.nanoTime() + LOAD.toNanos();
        List<List<KeyedRequest>> sent;
        try {
            sent = Parallel.run(CONTRACTORS, thread -> withdrawUntil(deadline, contractors.get(thread), thread));
        } finally {
            killer.close();
        }
        List<KeyedRequest> requests = sent.stream().flatMap(List::stream).toList();
        List<KeyedRequest> failedFirst = requests.stream().filter(request -> !request.first().succeeded()).toList();
        Parallel.run(CONTRACTORS, thread -> {
            sent.get(thread).stream().filter(request -> !request.first().succeeded()).forEach(DroppedConnectionsIT::settle);
            return thread;
        });
        Map<String, Long> effects = KeyedRequest.effects(psql, "withdrawals");
        report(requests, failedFirst, effects, killer);

        assertThat(killer.terminated()).as("backends terminated").isPositive();
        assertThat(failedFirst).as("the chaos must have failed some requests, or this test proved nothing").isNotEmpty();
        assertThat(requests).as("requests never decided after %d attempts", MOST_ATTEMPTS)
                .filteredOn(request -> !request.last().isFinal()).isEmpty();
        assertThat(requests.stream().flatMap(request -> request.answers().stream()).filter(answer -> !answer.isFinal()))
                .as("a cut connection is a 503 (CONTRACT.md §1), never a 500 or a dropped HTTP connection")
                .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(503));
        assertThat(requests).as("a 409 means a key was kept by a holder that is gone, or by nobody")
                .filteredOn(request -> request.answers().stream().anyMatch(answer -> answer.status() == 409)).isEmpty();
        assertEveryKeyTookEffectOnceIfDone(requests, effects);
        Balances.assertExact(market, contractors, FUNDED,
                requests.stream().filter(request -> request.last().succeeded()).toList());
    }

    /** One withdrawal per key finally answered 2xx, none for the others, none without a key. */
    private static void assertEveryKeyTookEffectOnceIfDone(List<KeyedRequest> requests, Map<String, Long> effects) {
        assertThat(requests).as("keys whose number of withdrawals is not 1 if answered 2xx, 0 otherwise")
                .filteredOn(request -> effects.getOrDefault(request.effectKey(), 0L) != (request.last().succeeded() ? 1 : 0))
                .isEmpty();
        assertThat(effects.values().stream().mapToLong(Long::longValue).sum()).as("withdrawals in the database")
                .isEqualTo(requests.stream().filter(request -> request.last().succeeded()).count());
        assertThat(requests).as("2xx answers that do not describe their own request's withdrawal")
                .filteredOn(request -> request.last().succeeded())
                .filteredOn(request -> request.last().json().at("/data/withdrawal/amount").decimalValue()
                        .compareTo(request.amount()) != 0)
                .isEmpty();
    }

    /** A contractor holding {@link #FUNDED} from deposits, onboarded, payouts enabled. */
    private static User fundedContractor(Marketplace market) {
        User contractor = market.contractor();
        for (int i = 0; i < DEPOSITS_EACH; i++) {
            market.deposit(contractor, DEPOSIT);
        }
        market.onboard(contractor);
        assertThat(market.balance(contractor)).isEqualTo(FUNDED);
        return contractor;
    }

    /** One client thread's load: keyed withdrawals of its contractor, one after another, alternating instances. */
    private static List<KeyedRequest> withdrawUntil(long deadline, User contractor, int thread) {
        List<KeyedRequest> sent = new ArrayList<>();
        for (int i = 0; i < MOST_REQUESTS_EACH && System.nanoTime() < deadline; i++) {
            KeyedRequest request = new KeyedRequest("dropped-" + thread + "-" + i, contractor, WITHDRAW,
                    FIRST_AMOUNT.add(BigDecimal.valueOf(i, 2)));
            request.sendTo(service.api((thread + i) % 2));
            sent.add(request);
        }
        return sent;
    }

    /** Retries with the same key and body, alternating instances, until the request is decided (or gives up). */
    private static void settle(KeyedRequest request) {
        for (int attempt = 1; attempt <= MOST_ATTEMPTS && !request.last().isFinal(); attempt++) {
            if (attempt > 1) {
                pause();
            }
            request.sendTo(service.api(attempt % 2));
        }
    }

    private static void report(List<KeyedRequest> requests, List<KeyedRequest> failedFirst, Map<String, Long> effects,
            BackendKiller killer) {
        Predicate<KeyedRequest> replayedOnRetry = request -> request.retried() && request.last().replayed();
        System.out.printf("DroppedConnectionsIT: %d keyed withdrawals in %d s against 2 instances; %d backends "
                        + "terminated in %d rounds%n", requests.size(), LOAD.toSeconds(), killer.terminated(),
                killer.rounds());
        System.out.printf("  first attempt: %d answered 2xx, %d failed %s%n", requests.size() - failedFirst.size(),
                failedFirst.size(), KeyedRequest.tally(failedFirst, request -> request.first().outcome()));
        System.out.printf("  retried: %d keys in %d attempts, %s at the end; %d replayed (the first attempt had "
                        + "committed, its answer was lost)%n", failedFirst.size(),
                failedFirst.stream().mapToInt(request -> request.answers().size() - 1).sum(),
                KeyedRequest.tally(failedFirst, request -> request.last().outcome()),
                failedFirst.stream().filter(replayedOnRetry).count());
        System.out.printf("  effects: %d withdrawals in the database for %d keys answered 2xx%n",
                effects.values().stream().mapToLong(Long::longValue).sum(),
                requests.stream().filter(request -> request.last().succeeded()).count());
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between retries", e);
        }
    }
}
