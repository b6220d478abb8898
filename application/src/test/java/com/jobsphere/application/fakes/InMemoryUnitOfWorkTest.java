package com.jobsphere.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The failure switches of the fakes. How the stores themselves behave is checked, against PostgreSQL as well,
 * by the port contract tests in adapters-postgres.
 */
class InMemoryUnitOfWorkTest {
    private static final Instant NOW = Instant.parse("2026-01-28T12:00:00Z");

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Test
    void aFailedCommitKeepsNothingOfTheWorkAndOnlyTheNextCommitFails() {
        unitOfWork.failNextCommit();

        assertThatThrownBy(() -> addUser("ada")).isInstanceOf(StoreUnavailable.class);
        assertThat(unitOfWork.commits()).isZero();
        assertThat(findUser("ada")).isEmpty();
        addUser("ada");
        assertThat(findUser("ada")).isPresent();
    }

    @Test
    void aCommitCanBeMadeToLoseToConcurrentTransactions() {
        unitOfWork.conflictOnNextCommit();

        assertThatThrownBy(() -> addUser("ada")).isInstanceOf(ConcurrentUpdate.class);
        assertThat(findUser("ada")).isEmpty();
    }

    @Test
    void anUnavailableStoreRunsNoWorkAtAllUntilItIsBack() {
        AtomicInteger runs = new AtomicInteger();
        unitOfWork.setUnavailable(true);

        assertThatThrownBy(() -> unitOfWork.inTransaction(stores -> runs.incrementAndGet()))
                .isInstanceOf(StoreUnavailable.class);
        unitOfWork.setUnavailable(false);
        unitOfWork.inTransaction(stores -> runs.incrementAndGet());

        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetriedTransactionRunsItsWorkTwiceButCommitsOnce() {
        AtomicInteger runs = new AtomicInteger();
        unitOfWork.retryNextTransaction();

        unitOfWork.inTransaction(stores -> {
            runs.incrementAndGet();
            stores.users().add(user("ada"));
            return null;
        });

        assertThat(runs).hasValue(2);
        assertThat(unitOfWork.commits()).isEqualTo(1);
        assertThat(findUser("ada")).isPresent();
    }

    @Test
    void aUnitOfWorkInsideAnotherIsRefused() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(outer -> unitOfWork.inTransaction(inner -> null)))
                .isInstanceOf(IllegalStateException.class);
        addUser("ada");
        assertThat(findUser("ada")).isPresent();
    }

    @Test
    void theClockMovesOnlyWhenToldAndEveryZoneSeesTheSameTime() {
        MutableClock clock = MutableClock.at(NOW);
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(5));

        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(paris.instant()).isEqualTo(clock.instant());
    }

    @Test
    void sequentialIdsSortAsTextInTheOrderTheyWereMade() {
        SequentialIds ids = new SequentialIds("job");

        String ninth = null;
        for (int index = 0; index < 9; index++) {
            ninth = ids.next();
        }

        assertThat(ninth).isEqualTo("job-000009");
        assertThat(ids.next()).isEqualTo("job-000010").isGreaterThan(ninth);
    }

    private void addUser(String id) {
        unitOfWork.inTransaction(stores -> {
            stores.users().add(user(id));
            return null;
        });
    }

    private Optional<User> findUser(String id) {
        return unitOfWork.inTransaction(stores -> stores.users().byId(new UserId(id)));
    }

    private static User user(String id) {
        return new User(new UserId(id), new Email(id + "@example.test"), id, Role.CUSTOMER, "hash", NOW);
    }
}
