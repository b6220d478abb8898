package com.jobsphere.adapters.postgres;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The fallback server: PostgreSQL in a container, started once and left to Testcontainers to remove when the
 * JVM exits. Kept apart from {@link TestDatabase} so that a module using TestDatabase without Testcontainers on
 * its classpath only fails if it actually needs the fallback.
 */
final class DockerServer {
    private static final String IMAGE = "postgres:16-alpine";

    private DockerServer() {
    }

    static Optional<TestDatabase.Server> start() {
        try {
            return startContainer();
        } catch (NoClassDefFoundError e) {
            // Testcontainers is not on this module's test classpath, so there is no fallback to offer.
            return Optional.empty();
        }
    }

    private static Optional<TestDatabase.Server> startContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return Optional.of(TestDatabase.Server.of(container.getJdbcUrl(), container.getUsername(), container.getPassword()));
    }
}
