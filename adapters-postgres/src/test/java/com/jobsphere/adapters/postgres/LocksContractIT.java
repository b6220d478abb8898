package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.Locks;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocksContractIT {
    @ContractTest
    void aLockIsHeldUntilItIsReleased(Backend backend) {
        Locks.Lock held = backend.locks().tryLock("request\u0000customer\u0000key-1").orElseThrow();

        assertThat(backend.locks().tryLock("request\u0000customer\u0000key-1")).as("held in this process").isEmpty();
        assertThat(backend.locks().tryLock("request\u0000customer\u0000key-2")).as("another name").isPresent();
        held.close();
        held.close();

        Optional<Locks.Lock> again = backend.locks().tryLock("request\u0000customer\u0000key-1");
        assertThat(again).isPresent();
        again.get().close();
    }

    /** Two instances on one database: each has its own lock connection, and only one holds a name at a time. */
    @Test
    void aSecondInstanceIsKeptOutUntilTheFirstReleases() {
        try (Backend backend = Backend.postgres();
                PostgresAdapter second = PostgresAdapter.start(backend.secondInstanceSettings())) {
            Locks.Lock held = backend.locks().tryLock("janitor").orElseThrow();

            assertThat(second.locks().tryLock("janitor")).isEmpty();
            held.close();

            Optional<Locks.Lock> taken = second.locks().tryLock("janitor");
            assertThat(taken).isPresent();
            taken.get().close();
        }
    }

    /** The lock dies with its holder's connection: nothing waits for a timeout. */
    @Test
    void aLockWhoseConnectionDiedIsFreeForTheOtherInstanceAtOnce() throws Exception {
        try (Backend backend = Backend.postgres();
                PostgresAdapter second = PostgresAdapter.start(backend.secondInstanceSettings())) {
            Locks.Lock held = backend.locks().tryLock("janitor").orElseThrow();
            assertThat(second.locks().tryLock("janitor")).isEmpty();

            // Both instances' lock connections go; the second reconnects on its next call.
            assertThat(Jdbc.terminateApplication(backend, JdbiLocks.APPLICATION_NAME)).isEqualTo(2);

            Optional<Locks.Lock> taken = second.locks().tryLock("janitor");
            assertThat(taken).isPresent();
            held.close();
            taken.get().close();
        }
    }
}
