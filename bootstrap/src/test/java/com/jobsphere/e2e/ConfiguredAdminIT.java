package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.ServiceProcess;
import com.jobsphere.e2e.support.User;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform admin from configuration (CONTRACT.md §13), tested by starting the real jar again on the same
 * database with the configuration changed, and reading what it logs.
 */
class ConfiguredAdminIT {
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(60);
    private static final Pattern GENERATED = Pattern.compile("with the generated password (\\S+)");

    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    @Test
    void aGeneratedPasswordIsMadeOnlyWhenTheAdminIsCreatedAndAChangedPasswordWinsAtTheNextStart() {
        String email = Marketplace.uniqueEmail("admin");
        Map<String, String> withoutPassword = environment(email, null);

        String generated;
        try (ServiceProcess created = ServiceProcess.start("ConfiguredAdminIT-created", withoutPassword)) {
            Matcher line = GENERATED.matcher(created.output());
            assertThat(line.find()).as("the generated password is printed once; output:%n%s", created.output()).isTrue();
            generated = line.group(1);
            logIn(created.api(), email, generated).expect(200);
        }
        try (ServiceProcess again = ServiceProcess.start("ConfiguredAdminIT-again", withoutPassword)) {
            assertThat(again.output()).doesNotContain("generated password").doesNotContain("was updated");
            assertThat(logIn(again.api(), email, generated).status()).as("the first password still works")
                    .isEqualTo(200);
        }
        try (ServiceProcess changed = ServiceProcess.start("ConfiguredAdminIT-changed",
                environment(email, "Changed-Admin-Pass-1"))) {
            assertThat(changed.lines()).anyMatch(line -> line.contains("The admin password of " + email
                    + " was updated from ADMIN_PASSWORD"));
            assertThat(logIn(changed.api(), email, "Changed-Admin-Pass-1").status()).isEqualTo(200);
            assertThat(logIn(changed.api(), email, generated).status()).as("the old password").isEqualTo(401);
            assertThat(changed.output()).doesNotContain("Changed-Admin-Pass-1");
        }
    }

    @Test
    void anAdminEmailThatACustomerHasRefusesToStartWithOneClearLine() {
        User customer = service.marketplace().customer();

        try (ServiceProcess refused = ServiceProcess.launch("ConfiguredAdminIT-taken",
                environment(customer.email(), "Admin-Pass-123"))) {
            int status = refused.awaitExit(EXIT_WITHIN);

            List<String> lines = refused.lines();
            assertThat(status).as("exit status; output:%n%s", refused.output()).isNotZero();
            assertThat(lines).filteredOn(line -> line.contains(" ERROR ")).singleElement().asString()
                    .contains("Cannot start: ADMIN_EMAIL " + customer.email()
                            + " belongs to an existing customer account");
            assertThat(lines).noneMatch(line -> line.startsWith("\tat ")).noneMatch(line -> line.contains("Exception"));
        }
        Api api = service.api();
        User stillACustomer = service.marketplace().logIn(customer.email(), Marketplace.PASSWORD);
        assertThat(api.get("/api/auth/me").as(stillACustomer).send().expect(200).text("/user/role"))
                .isEqualTo("customer");
    }

    /** The class's database and secrets, with this admin; without {@code password}, ADMIN_PASSWORD is unset. */
    private static Map<String, String> environment(String email, String password) {
        Map<String, String> environment = new HashMap<>(service.environment());
        environment.put("ADMIN_EMAIL", email);
        environment.remove("ADMIN_PASSWORD");
        if (password != null) {
            environment.put("ADMIN_PASSWORD", password);
        }
        return environment;
    }

    private static Response logIn(Api api, String email, String password) {
        return api.post("/api/auth/login").json(Map.of("email", email, "password", password)).send();
    }
}
