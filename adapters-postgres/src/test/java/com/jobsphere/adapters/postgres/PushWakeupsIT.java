package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.NotificationsContractIT.deposited;
import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.PushWakeups;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LISTEN/NOTIFY on real PostgreSQL: a dispatcher is woken by a committed transaction that queued pushes, on any
 * instance, and not by one that rolled back or queued none. The waits for a wake-up are long, as they return the
 * moment it comes; a wait that must not be woken is short, as only a wrong signal, sent at commit, would end it.
 */
class PushWakeupsIT {
    private static final Duration WOKEN_WITHIN = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofMillis(300);

    private Backend backend;
    private PostgresAdapter secondInstance;
    private PushWakeups wakeups;

    @BeforeEach
    void start() {
        backend = Backend.postgres();
        secondInstance = PostgresAdapter.start(backend.secondInstanceSettings());
        wakeups = secondInstance.pushWakeups();
    }

    @AfterEach
    void stop() {
        wakeups.close();
        secondInstance.close();
        backend.close();
    }

    @Test
    void theFirstWaitReturnsAtOnceSoThatNothingQueuedBeforeListeningWaitsForThePoll() {
        assertThat(wakeups.await(WOKEN_WITHIN)).isTrue();
        assertThat(wakeups.await(QUIET)).isFalse();
    }

    @Test
    void aCommittedTransactionThatQueuedPushesWakesAListenerOnAnotherInstance() {
        UserId customer = customerWithPhone();
        wakeups.await(WOKEN_WITHIN);

        backend.run(stores -> stores.notifications().raise(deposited(customer, "d-1", 1)));

        assertThat(wakeups.await(WOKEN_WITHIN)).isTrue();
        assertThat(wakeups.await(QUIET)).as("one wake-up per commit").isFalse();
    }

    @Test
    void aRolledBackTransactionOrOneThatQueuedNothingWakesNobody() {
        UserId customer = customerWithPhone();
        UserId withoutDevices = backend.transaction(stores -> Seed.customer(stores, "no-devices"));
        wakeups.await(WOKEN_WITHIN);

        assertThatThrownBy(() -> backend.run(stores -> {
            stores.notifications().raise(deposited(customer, "d-1", 1));
            stores.flush();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        backend.run(stores -> stores.notifications().raise(deposited(withoutDevices, "d-2", 1)));

        assertThat(wakeups.await(QUIET)).isFalse();
    }

    @Test
    void aListenerWhoseConnectionWasCutListensAgainAndLooksForWorkAtOnce() throws Exception {
        UserId customer = customerWithPhone();
        wakeups.await(WOKEN_WITHIN);
        assertThat(Jdbc.terminateApplication(backend, JdbiPushWakeups.APPLICATION_NAME)).isEqualTo(1);

        assertThat(wakeups.await(QUIET)).as("the wait on the cut connection").isFalse();
        assertThat(wakeups.await(WOKEN_WITHIN)).as("listening again").isTrue();
        backend.run(stores -> stores.notifications().raise(deposited(customer, "d-1", 1)));
        assertThat(wakeups.await(WOKEN_WITHIN)).isTrue();
    }

    private UserId customerWithPhone() {
        return backend.transaction(stores -> {
            UserId customer = Seed.customer(stores, "customer");
            stores.devices().register(new Device("phone", customer, DevicePlatform.IOS, at(0)));
            return customer;
        });
    }
}
