package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.postgres.TestDatabase;
import com.jobsphere.e2e.support.Deadlocks;
import com.jobsphere.e2e.support.Psql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The deadlock check every e2e class ends with can see a deadlock: two sessions lock two rows crosswise. */
class DeadlocksIT {
    @Test
    void aDeadlockBetweenTwoSessionsIsCounted() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Psql psql = Psql.on(database);
            psql.execute("create table crossed (id int primary key)");
            psql.execute("insert into crossed values (1), (2)");
            Deadlocks deadlocks;
            try (Connection first = psql.connect(); Connection second = psql.connect()) {
                first.setAutoCommit(false);
                second.setAutoCommit(false);
                lock(first, 1);
                lock(second, 2);
                deadlocks = Deadlocks.watch(database);
                CompletableFuture<String> firstWaits = CompletableFuture.supplyAsync(() -> lockOrState(first, 2));
                awaitWaiting(psql);
                String secondOutcome = lockOrState(second, 1);
                String firstOutcome = firstWaits.get(10, TimeUnit.SECONDS);
                assertThat(List.of(firstOutcome, secondOutcome)).as("one session is chosen as the victim")
                        .containsExactlyInAnyOrder("locked", "40P01");
                first.rollback();
                second.rollback();
            }
            assertThat(deadlocks.count()).isEqualTo(1);
        }
    }

    /** "locked", or the SQLSTATE the lock failed with. */
    private static String lockOrState(Connection connection, int id) {
        try {
            lock(connection, id);
            return "locked";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static void lock(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select id from crossed where id = " + id + " for update");
        }
    }

    /** Until the first session waits for the second's row lock; the second then closes the cycle. */
    private static void awaitWaiting(Psql psql) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (psql.number("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'") == 0) {
            assertThat(System.nanoTime()).as("the first session waits for the lock").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
