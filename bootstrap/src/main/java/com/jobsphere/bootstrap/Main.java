package com.jobsphere.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import com.jobsphere.application.auth.EnsurePlatformAdmin;
import com.jobsphere.application.port.StoreUnavailable;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar bootstrap/target/jobsphere.jar}: reads the environment and starts the service. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (IllegalStateException e) {
            exit(2, e.getMessage());
            return;
        }
        config.warnings().forEach(LOG::warn);
        Application application;
        try {
            application = Application.start(config);
        } catch (StoreUnavailable e) {
            exit(1, "Cannot start: " + e.getMessage() + ". Is PostgreSQL running and DATABASE_URL right?");
            return;
        } catch (EnsurePlatformAdmin.EmailTaken e) {
            exit(2, "Cannot start: " + e.getMessage());
            return;
        } catch (UncheckedIOException e) {
            exit(2, "Cannot start: " + e.getMessage() + ". Is GOOGLE_APPLICATION_CREDENTIALS a service account's"
                    + " JSON key?");
            return;
        }
        // On SIGTERM the JVM runs this: the server drains and closes, and only then does logging stop, so the last
        // lines (the drain, the pool closing) are written before the process ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down: finishing the requests in flight");
            try {
                application.close();
                LOG.info("Stopped");
            } finally {
                stopLogging();
            }
        }, "shutdown"));
        LOG.info("JobSphere Payments listening on http://localhost:{} (payment gateway: {}; tokens: {})",
                application.port(), config.usesDevelopmentGateway() ? "development, no real money moves" : "Stripe",
                config.jwtSecretConfigured() ? "JWT_SECRET" : "a random key of this instance only, see the warning above");
    }

    /** One clear line, no stack trace, then the exit status. */
    private static void exit(int status, String line) {
        LOG.error(line);
        stopLogging();
        System.exit(status);
    }

    /** Flushes and stops the asynchronous log appender. */
    private static void stopLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }
}
