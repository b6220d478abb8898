package com.jobsphere.bootstrap;

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
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        }
        config.warnings().forEach(LOG::warn);
        Application application = Application.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "shutdown"));
        LOG.info("JobSphere Payments listening on http://localhost:{} (payment gateway: {})", application.port(),
                config.usesDevelopmentGateway() ? "development, no real money moves" : "Stripe");
    }
}
