package com.jobsphere.e2e.operating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Metrics;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CONTRACT.md §14 on a running service with {@code METRICS_TOKEN} set: the document and Swagger UI, the metrics
 * behind their token and what they count, and request ids.
 */
class OperatingIT {
    private static final String TOKEN = "metrics-token-e2e-0123456789";

    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway(Map.of("METRICS_TOKEN", TOKEN));

    private final Api api = service.api();
    private final Marketplace market = service.marketplace();

    @Test
    void theDocumentIsServedAsJsonWithItsNumbersAsWritten() throws IOException {
        Response served = api.get("/openapi.json").send().expect(200);

        assertThat(served.header("Content-Type")).hasValue("application/json");
        assertThat(served.json()).isEqualTo(documentAsWritten());
        assertThat(served.text()).contains("\"totalCharge\":105.00");
    }

    @Test
    void swaggerUiRunsUnderAPolicyWithoutInlineScriptAndCannotBeFramed() {
        Response page = api.get("/docs").send().expect(200);

        String policy = page.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        List<String> scripts = all(Pattern.compile("<script([^>]*)>"), page.text());
        assertThat(scripts).as("scripts of the page").isNotEmpty().allMatch(attributes -> attributes.contains("src="));
        for (String file : all(Pattern.compile("(?:src|href)=\"(/docs/[^\"]+)\""), page.text())) {
            Response asset = api.get(file).send().expect(200);
            assertThat(asset.header("Content-Security-Policy")).as(file).hasValue(policy);
        }
        assertThat(api.get("/docs/docs.js").send().text()).contains("url: \"/openapi.json\"");
        api.get("/docs/index.html").send().expect(404);
    }

    @Test
    void metricsNeedTheToken() {
        assertThat(api.get("/metrics").send().expect(401).header("WWW-Authenticate")).hasValue("Bearer");
        api.get("/metrics").bearer(TOKEN + "x").send().expect(401);
        api.get("/metrics").header("Authorization", TOKEN).send().expect(401);

        Metrics metrics = scrape();

        assertThat(metrics.value("hikaricp_connections_max", "pool", "jobsphere-postgres")).isEqualTo(16);
        assertThat(metrics.value("jetty_threads_config_max")).isEqualTo(200);
        assertThat(metrics.has("jetty_connections_current_connections")).as("Jetty's connections").isTrue();
        assertThat(metrics.has("jvm_memory_used_bytes")).as("the JVM's memory").isTrue();
        assertThat(metrics.has("jvm_gc_pause_seconds_count") || metrics.has("jvm_gc_memory_allocated_bytes_total"))
                .as("the garbage collector").isTrue();
        assertThat(metrics.value("jobsphere_transaction_retries_total")).isZero();
    }

    @Test
    void requestsAreTimedByRouteTemplateNeverByTheirPath() {
        User customer = market.customer();
        String jobId = market.postJob(customer);
        market.job(customer, jobId).expect(200);
        api.get("/no-such-page-" + jobId).send().expect(404);

        Metrics metrics = scrape();

        assertThat(metrics.value("http_server_requests_seconds_count", "method", "GET", "route", "/api/job/{id}",
                "status", "200")).isPositive();
        assertThat(metrics.value("http_server_requests_seconds_bucket", "method", "GET", "route", "/api/job/{id}",
                "status", "200", "le", "+Inf")).isPositive();
        assertThat(metrics.value("http_server_requests_seconds_count", "method", "GET", "route", "NOT_FOUND",
                "status", "404")).isPositive();
        assertThat(metrics.has("http_server_requests_seconds_count{method=GET, route=/api/job/" + jobId))
                .as("a series per job id").isFalse();
    }

    @Test
    void theBusinessCountersCountWhatCommittedAndNothingRefusedOrReplayed() {
        Metrics before = scrape();
        User customer = market.customer();
        User contractor = market.contractor();
        market.deposit(customer, "200");
        Deal deal = market.completed(customer, contractor, "100");
        market.onboard(contractor);
        market.withdraw(contractor, "500").expect(400);
        Response first = api.post("/api/wallet/withdraw").as(contractor).idempotencyKey("withdraw-" + deal.jobId())
                .json(Marketplace.amount("50")).send().expect(200);
        api.post("/api/wallet/withdraw").as(contractor).idempotencyKey("withdraw-" + deal.jobId())
                .json(Marketplace.amount("50")).send().expect(200);
        market.approveWithdrawal(first.text("/withdrawal/_id")).expect(200);

        Metrics after = scrape();

        assertThat(moved(after, before, "deposit_credited")).isEqualTo(200_00);
        assertThat(moved(after, before, "offer_accepted")).isEqualTo(105_00);
        assertThat(moved(after, before, "completion_approved")).isEqualTo(105_00);
        assertThat(moved(after, before, "withdrawal_reserved")).isEqualTo(50_00);
        assertThat(moved(after, before, "withdrawal_completed")).isEqualTo(50_00);
        assertThat(delta(after, before, "jobsphere_ledger_transfers_total", "type", "withdrawal_reserved")).isEqualTo(1);
        assertThat(delta(after, before, "jobsphere_withdrawals_ended_total", "status", "completed")).isEqualTo(1);
        assertThat(delta(after, before, "jobsphere_webhook_events_total", "outcome", "applied", "type", "deposit_paid"))
                .isEqualTo(1);
        assertThat(delta(after, before, "jobsphere_idempotent_replays_total")).isEqualTo(1);
    }

    @Test
    void aValidRequestIdIsAdoptedAndAnyOtherReplaced() {
        String valid = "req-2026.12.01_" + "x".repeat(113);
        assertThat(valid).hasSize(128);
        assertThat(api.get("/livez").header("X-Request-Id", valid).send().header("X-Request-Id")).hasValue(valid);

        for (String refused : List.of(valid + "y", "has spaces", "<script>", "line\tbreak")) {
            assertThat(api.get("/livez").header("X-Request-Id", refused).send().header("X-Request-Id").orElseThrow())
                    .as("the id given for %s", refused).matches("[0-9a-f]{16}");
        }
        assertThat(api.get("/livez").send().header("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");
    }

    private Metrics scrape() {
        return Metrics.of(api.get("/metrics").bearer(TOKEN).send());
    }

    private static double moved(Metrics after, Metrics before, String type) {
        return delta(after, before, "jobsphere_money_moved_cents_total", "type", type);
    }

    private static double delta(Metrics after, Metrics before, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static JsonNode documentAsWritten() throws IOException {
        try (InputStream in = OperatingIT.class.getResourceAsStream("/openapi.yaml")) {
            return YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build().readTree(in);
        }
    }
}
