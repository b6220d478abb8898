package com.jobsphere.e2e.operating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobsphere.adapters.postgres.TestDatabase;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.ServiceProcess;
import com.jobsphere.e2e.support.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code LOG_FORMAT=json} on the real jar: every line of its output is one JSON object, the access line of a request
 * carries its adopted request id, the caller, the route template, the status and the duration, no line carries a
 * token or a password, and the last lines, written after SIGTERM drained the server, are there.
 */
class JsonLogsIT {
    private static final Duration EXITS_WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyLineIsOneJsonObjectAndTheAccessLineSaysWhoWhatAndHowLong() {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, String> environment = new HashMap<>(Service.environmentFor(database, null));
            environment.put("LOG_FORMAT", "json");
            String accessToken;
            try (ServiceProcess server = ServiceProcess.start("JsonLogsIT", environment)) {
                Api api = server.api();
                User customer = new Marketplace(api, Service.ADMIN_EMAIL, Service.ADMIN_PASSWORD).customer();
                accessToken = customer.accessToken();
                api.get("/api/wallet").as(customer).header("X-Request-Id", "json-logs-it.1").send().expect(200);

                server.terminate();
                assertThat(server.awaitExit(EXITS_WITHIN)).isEqualTo(ServiceProcess.EXIT_AFTER_SIGTERM);

                List<JsonNode> lines = parse(server.lines());
                JsonNode access = lines.stream()
                        .filter(line -> "json-logs-it.1".equals(line.path("requestId").asText()))
                        .filter(line -> line.has("durationMs")).findFirst().orElseThrow(() ->
                                new AssertionError("no access line for the request:\n" + server.output()));
                assertThat(access.path("level").asText()).isEqualTo("INFO");
                assertThat(access.path("logger").asText()).isEqualTo("com.jobsphere.adapters.http.requests");
                assertThat(access.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
                assertThat(access.path("message").asText()).contains("GET /api/wallet -> 200");
                assertThat(access.path("userId").asText()).isEqualTo(customer.id());
                assertThat(access.path("route").asText()).isEqualTo("/api/wallet");
                assertThat(access.path("status").asInt()).isEqualTo(200);
                assertThat(access.path("durationMs").isIntegralNumber()).isTrue();
                assertThat(lines.get(lines.size() - 1).path("message").asText()).isEqualTo("Stopped");
                assertThat(server.output()).doesNotContain(accessToken).doesNotContain(Marketplace.PASSWORD)
                        .doesNotContain(Service.ADMIN_PASSWORD).doesNotContain(Service.JWT_SECRET);
            }
        }
    }

    private static List<JsonNode> parse(List<String> lines) {
        assertThat(lines).as("output").isNotEmpty();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) {
            try {
                JsonNode node = MAPPER.readTree(line);
                assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
                parsed.add(node);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not one JSON object per line: " + line, e);
            }
        }
        return parsed;
    }
}
