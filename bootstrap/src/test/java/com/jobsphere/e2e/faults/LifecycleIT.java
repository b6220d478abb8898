package com.jobsphere.e2e.faults;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.postgres.TestDatabase;
import com.jobsphere.bootstrap.Application;
import com.jobsphere.bootstrap.Config;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.ServiceProcess;
import com.jobsphere.e2e.support.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the real jar starts, stops and reports its health (CONTRACT.md §11): it gives up on a database it cannot
 * reach with one clear line, drains a request in flight on SIGTERM and answers it, and tells readiness (the
 * database and its schema) apart from liveness (the process).
 */
class LifecycleIT {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(2);
    /** The start-up timeout, plus a JVM start and a margin for a busy machine. */
    private static final Duration GIVES_UP_WITHIN = Duration.ofSeconds(10);
    /** The HTTP adapter's 20 s of grace, plus a margin for the rest of the shutdown. */
    private static final Duration EXITS_WITHIN = Duration.ofSeconds(25);
    /** How long the request stays blocked in flight after SIGTERM, before the test lets it go. */
    private static final long HELD_AFTER_SIGTERM_MILLIS = 1000;
    private static final Duration BLOCKED_WITHIN = Duration.ofSeconds(10);

    /** The database, and an in-process instance to set up users and check the ledger, for the jar started here. */
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static Marketplace market;
    private static Psql psql;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        psql = Psql.on(service.database());
    }

    @Test
    void aServerThatCannotReachPostgresGivesUpAfterItsStartupTimeoutWithOneClearLine() {
        Map<String, String> environment = Map.of(
                "PORT", "0",
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + portWhereNothingListens() + "/jobsphere",
                "DATABASE_STARTUP_TIMEOUT_SECONDS", Long.toString(STARTUP_TIMEOUT.toSeconds()),
                "JWT_SECRET", Service.JWT_SECRET,
                "ADMIN_EMAIL", Service.ADMIN_EMAIL,
                "ADMIN_PASSWORD", Service.ADMIN_PASSWORD);
        try (ServiceProcess server = ServiceProcess.launch("LifecycleIT-no-database", environment)) {

            int status = server.awaitExit(GIVES_UP_WITHIN);

            List<String> lines = server.lines();
            assertThat(status).as("exit status; output:%n%s", server.output()).isNotZero();
            assertThat(lines).as("output").filteredOn(line -> line.contains(" ERROR ")).singleElement().asString()
                    .contains("Cannot start");
            assertThat(lines).as("output").noneMatch(line -> line.startsWith("\tat "))
                    .noneMatch(line -> line.contains("Exception"));
        }
    }

    @Test
    void sigtermLetsAWithdrawalInFlightFinishAndAnswersItBeforeTheProcessExits() throws Exception {
        User contractor = market.paidContractor();
        try (ServiceProcess server = ServiceProcess.start("LifecycleIT-drained", service.environment());
                Connection blocker = psql.connect()) {
            blocker.setAutoCommit(false);
            Psql.rows(blocker, "select balance_cents from wallet_balances where account_key = ? for update",
                    "wallet:" + contractor.id());
            CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(
                    () -> server.api().post("/api/wallet/withdraw").as(contractor).json(Marketplace.amount("50")).send());
            awaitAWaitOnARowLock();

            server.terminate();
            server.awaitLine("Shutting down", BLOCKED_WITHIN);
            awaitConnectionsRefused(server.port());
            Thread.sleep(HELD_AFTER_SIGTERM_MILLIS);
            assertThat(inFlight).as("the request held in flight").isNotDone();
            blocker.rollback();

            Response answered = inFlight.get(EXITS_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            int status = server.awaitExit(EXITS_WITHIN);

            assertThat(answered.status()).as("%s", answered).isEqualTo(200);
            assertThat(Amounts.of(answered.data().at("/withdrawal/amount"))).isEqualTo(dollars("50.00"));
            assertThat(status).as("the JVM's status after a SIGTERM it handled to the end")
                    .isEqualTo(ServiceProcess.EXIT_AFTER_SIGTERM);
            List<String> lines = server.lines();
            assertThat(lines.get(lines.size() - 1)).as("the last line").contains("Stopped");
            assertThat(lines).as("output").anyMatch(line -> line.contains("Shutting down"));
        }
        assertThat(psql.number("select count(*) from withdrawals where user_id = ? and amount_cents = 5000",
                contractor.id())).as("committed withdrawals").isEqualTo(1);
        assertThat(market.balance(contractor)).isEqualTo(dollars("30.00"));
    }

    @Test
    void readinessFollowsTheDatabaseAndItsSchemaWhileLivenessFollowsTheProcess() {
        try (TestDatabase own = TestDatabase.create()) {
            Application application = Application.start(Config.fromEnvironment(Service.environmentFor(own, null)));
            try {
                Api api = new Api("http://localhost:" + application.port());
                api.get("/livez").send().expect(200);
                api.get("/readyz").send().expect(200);
                api.get("/health").send().expect(200);

                Psql maintenance = Psql.on(own).maintenance();
                maintenance.execute("drop database \"" + own.name() + "\" with (force)");
                maintenance.execute("create database \"" + own.name() + "\"");

                for (String probe : List.of("/readyz", "/health")) {
                    Response unready = api.get(probe).send();
                    assertThat(unready.status()).as("%s: %s", probe, unready).isEqualTo(503);
                    assertThat(unready.json().path("status").asInt()).as("%s envelope", probe).isEqualTo(503);
                    assertThat(unready.message()).isNotBlank();
                    assertThat(unready.json().path("data").isNull()).as("%s data", probe).isTrue();
                    assertThat(unready.errors().isArray()).as("%s errors", probe).isTrue();
                }
                api.get("/livez").send().expect(200);
            } finally {
                application.close();
            }
        }
    }

    /** A port nobody listens on: one the system just gave out and took back. */
    private static int portWhereNothingListens() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port", e);
        }
    }

    /**
     * Waits until the draining server refuses new connections (it stops listening a moment after it logs that it
     * is shutting down); fails if it still accepts them after {@link #BLOCKED_WITHIN}.
     */
    private static void awaitConnectionsRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + BLOCKED_WITHIN.toNanos();
        while (accepts(port)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the draining server still accepts connections on port " + port);
            }
            Thread.sleep(10);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Waits until a statement of the service waits for a row lock: the request is in flight, held by the test. */
    private static void awaitAWaitOnARowLock() throws InterruptedException {
        long deadline = System.nanoTime() + BLOCKED_WITHIN.toNanos();
        while (psql.number("""
                select count(*) from pg_stat_activity
                where datname = current_database() and application_name = 'jobsphere' and wait_event_type = 'Lock'""") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the withdrawal never reached the locked wallet row");
            }
            Thread.sleep(10);
        }
    }
}
