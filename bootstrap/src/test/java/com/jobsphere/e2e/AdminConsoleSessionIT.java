package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.bootstrap.Application;
import com.jobsphere.bootstrap.Config;
import com.jobsphere.e2e.support.Browser;
import com.jobsphere.e2e.support.ConsolePage;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.SwitchingProxy;
import com.jobsphere.e2e.support.User;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.logging.LogEntry;

/**
 * The console's session outlives its access token. Access tokens cannot be made to expire here without waiting 15
 * minutes, so the token is made unacceptable another way a real deployment knows: the service behind the console's
 * origin is replaced by one with another {@code JWT_SECRET} (a key rotation). Its refresh token, kept in the
 * database, is still good: the page must refresh once, retry, and go on without the operator noticing.
 */
class AdminConsoleSessionIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String ROTATED_SECRET = "rotated-e2e-jwt-secret-9876543210-zyxwvutsrq";

    @Test
    void aRefusedAccessTokenIsRefreshedOnceAndTheCallsRetried() {
        Marketplace market = service.marketplace();
        Map<String, String> rotated = new HashMap<>(service.environment());
        rotated.put("JWT_SECRET", ROTATED_SECRET);
        try (SwitchingProxy proxy = SwitchingProxy.to(service.api().baseUrl());
                Browser browser = Browser.start(SCREENSHOTS);
                Application replacement = Application.start(Config.fromEnvironment(rotated))) {
            ConsolePage page = ConsolePage.signIn(browser, proxy.baseUrl());
            proxy.switchTo("http://localhost:" + replacement.port());
            User customer = market.customer();
            market.deposit(customer, "25");
            String newest = service.api().get("/api/admin/ledger/transfers?limit=1").as(market.admin()).send()
                    .expect(200).text("/transfers/0/_id");

            page.reload("ledger");

            browser.until("the ledger shows the new deposit", () -> page.isFirst("transfers", newest));
            assertThat(page.error()).isEmpty();
            assertThat(page.isSignedIn()).isTrue();
            assertThat(page.requestsSentTo("/api/auth/refresh")).isEqualTo(1);
            assertThat(unexpected(browser.consoleLog())).as("console errors but the refused tokens").isEmpty();
            browser.screenshot("session-refreshed");
        }
    }

    /**
     * Chromium logs each refused request; the three reads of the ledger section, refused with the old key before
     * the refresh, are the only errors expected.
     */
    private static List<LogEntry> unexpected(List<LogEntry> log) {
        return log.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(entry -> !(entry.getMessage().contains("/api/admin/ledger/")
                        && entry.getMessage().contains("status of 401")))
                .toList();
    }
}
