package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.NotificationsContractIT.deposited;
import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import com.jobsphere.domain.notification.Notice;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules V5 gives PostgreSQL itself, tried with plain SQL past the stores, as a bug or an operator could: each
 * is refused by the database, whoever writes the row.
 */
class NotificationSchemaIT {
    private static final String FOREIGN_KEY = "23503";
    private static final String CHECK = "23514";
    private static final String UNIQUE = "23505";

    private Backend backend;
    private DataSource database;
    private Notice aliceDeposit;

    @BeforeEach
    void seed() {
        backend = Backend.postgres();
        database = backend.adapter().dataSource();
        backend.run(stores -> {
            UserId alice = Seed.customer(stores, "alice");
            UserId bob = Seed.customer(stores, "bob");
            stores.devices().register(new Device("alice-phone", alice, DevicePlatform.ANDROID, at(0)));
            stores.devices().register(new Device("bob-phone", bob, DevicePlatform.IOS, at(0)));
            aliceDeposit = deposited(alice, "d-1", 1);
            stores.notifications().raise(aliceDeposit);
        });
    }

    @AfterEach
    void drop() {
        backend.close();
    }

    @Test
    void aPushCanOnlyGoToADeviceOfItsNotificationsRecipient() {
        assertRefused(FOREIGN_KEY, "insert into push_outbox (notification_id, user_id, token, state, attempts, due_at,"
                + " created_at, updated_at) values ('" + aliceDeposit.id() + "', 'alice', 'bob-phone', 'pending', 0,"
                + " now(), now(), now())");
        assertRefused(FOREIGN_KEY, "insert into push_outbox (notification_id, user_id, token, state, attempts, due_at,"
                + " created_at, updated_at) values ('" + aliceDeposit.id() + "', 'bob', 'bob-phone', 'pending', 0,"
                + " now(), now(), now())");
    }

    @Test
    void aNotificationPushesOnceToEachDevice() {
        assertRefused(UNIQUE, "insert into push_outbox (notification_id, user_id, token, state, attempts, due_at,"
                + " created_at, updated_at) values ('" + aliceDeposit.id() + "', 'alice', 'alice-phone', 'pending', 0,"
                + " now(), now(), now())");
    }

    @Test
    void everyDataValueIsAStringAndTitlesAndBodiesAreBounded() {
        assertRefused(CHECK, "update notifications set data = '{\"amount\": 100}'");
        assertRefused(CHECK, "update notifications set data = '[\"amount\"]'");
        assertRefused(CHECK, "update notifications set title = ''");
        assertRefused(CHECK, "update notifications set body = repeat('x', 301)");
        assertRefused(CHECK, "update notifications set type = 'marketing'");
    }

    @Test
    void aTokenIsVisibleAsciiAndAPlatformOneOfThree() {
        assertRefused(CHECK, "update devices set token = 'with space' where token = 'alice-phone'");
        assertRefused(CHECK, "update devices set token = repeat('x', 4097) where token = 'alice-phone'");
        assertRefused(CHECK, "update devices set platform = 'windows'");
    }

    @Test
    void aDeliveredPushHasAMessageIdAndOnlyAPendingOneAClaim() throws SQLException {
        assertRefused(CHECK, "update push_outbox set state = 'delivered'");
        assertRefused(CHECK, "update push_outbox set state = 'dead', claim = 'c'");
        assertRefused(CHECK, "update push_outbox set message_id = 'm'");
        Jdbc.execute(database, "update push_outbox set state = 'delivered', message_id = 'm'");
        assertThat(Jdbc.queryLong(database, "select count(*) from push_outbox where state = 'delivered'")).isEqualTo(1);
    }

    private void assertRefused(String sqlState, String sql) {
        assertThatThrownBy(() -> Jdbc.execute(database, sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(sqlState));
    }
}
