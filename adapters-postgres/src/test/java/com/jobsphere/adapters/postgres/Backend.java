package com.jobsphere.adapters.postgres;

import com.jobsphere.application.fakes.InMemoryDevGatewayStore;
import com.jobsphere.application.fakes.InMemoryLocks;
import com.jobsphere.application.fakes.InMemoryUnitOfWork;
import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One implementation of the persistence ports for a contract test: the in-memory fakes, or the JDBI adapter on
 * a fresh PostgreSQL database of its own. Each test invocation gets a new backend, so no test sees another's
 * rows, and JUnit closes it (dropping the database) when the invocation ends.
 */
final class Backend implements AutoCloseable {
    private final String name;
    private InMemoryUnitOfWork inMemory;
    private InMemoryLocks inMemoryLocks;
    private InMemoryDevGatewayStore inMemoryDevGateway;
    private TestDatabase database;
    private PostgresAdapter adapter;

    private Backend(String name) {
        this.name = name;
    }

    /** The arguments of every {@link ContractTest}: the same test runs once per backend. */
    static Stream<Backend> both() {
        return Stream.of(inMemory(), postgres());
    }

    static Backend inMemory() {
        Backend backend = new Backend("in-memory fakes");
        backend.inMemory = new InMemoryUnitOfWork();
        backend.inMemoryLocks = new InMemoryLocks();
        backend.inMemoryDevGateway = new InMemoryDevGatewayStore();
        return backend;
    }

    /** The database is created when the test first uses it, so listing the arguments costs nothing. */
    static Backend postgres() {
        return new Backend("JDBI on PostgreSQL");
    }

    boolean isPostgres() {
        return inMemory == null;
    }

    synchronized UnitOfWork unitOfWork() {
        if (inMemory != null) {
            return inMemory;
        }
        return adapter().unitOfWork();
    }

    synchronized Locks locks() {
        return inMemory != null ? inMemoryLocks : adapter().locks();
    }

    synchronized DevGatewayStore devGatewayStore() {
        return inMemory != null ? inMemoryDevGateway : adapter().devGatewayStore();
    }

    /** Settings on which a second adapter, another instance of the service, reaches the same database. */
    synchronized DatabaseSettings secondInstanceSettings() {
        adapter();
        return database.settings();
    }

    /** The running adapter; only the PostgreSQL backend has one. */
    synchronized PostgresAdapter adapter() {
        if (!isPostgres()) {
            throw new IllegalStateException("The in-memory backend has no PostgreSQL adapter");
        }
        if (adapter == null) {
            database = TestDatabase.create();
            adapter = PostgresAdapter.start(database.settings());
        }
        return adapter;
    }

    <T> T transaction(Function<Stores, T> work) {
        return unitOfWork().inTransaction(work);
    }

    void run(Consumer<Stores> work) {
        unitOfWork().inTransaction(stores -> {
            work.accept(stores);
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (adapter != null) {
            adapter.close();
            database.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
