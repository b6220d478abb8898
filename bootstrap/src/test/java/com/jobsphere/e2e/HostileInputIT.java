package com.jobsphere.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Deal;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of CONTRACT.md §13 in every text field of every endpoint that takes one, in its query
 * parameters and path ids, and every endpoint with a body sent as something other than JSON. Each is refused in
 * the envelope with a 4xx naming what was wrong (never a 5xx), and nothing of it reaches the database.
 */
class HostileInputIT {
    @RegisterExtension
    static final Service service = Service.withDevelopmentGateway();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PLACEHOLDER = "\"__hostile__\"";

    private static Fixture fixture;

    /** The entities every endpoint's path names, so each request gets as far as it can. */
    private record Fixture(User customer, User contractor, User admin, Deal offered, Deal inProgress,
            String completionRequestId, String withdrawalId) {
    }

    /** A text value no field may hold, written as it appears in the JSON body. */
    private enum Hostile {
        NUL("\"Ann\\u0000Lee\"", "must not contain NUL characters or invalid Unicode"),
        ONLY_NUL("\"\\u0000\"", "must not contain NUL characters or invalid Unicode"),
        LONE_HIGH_SURROGATE("\"Ann\\ud800\"", "must not contain NUL characters or invalid Unicode"),
        LONE_LOW_SURROGATE("\"\\udc00Ann\"", "must not contain NUL characters or invalid Unicode"),
        REVERSED_PAIR("\"\\ude00\\ud83d\"", "must not contain NUL characters or invalid Unicode"),
        NUMBER("12345", "must be a string"),
        OBJECT("{\"$gt\":\"\"}", "must be a string"),
        ARRAY("[\"a\",\"b\"]", "must be a string");

        final String json;
        final String refusal;

        Hostile(String json, String refusal) {
            this.json = json;
            this.refusal = refusal;
        }
    }

    /** One endpoint that takes a JSON body: a valid body, and which of its fields are text. */
    private record Endpoint(String route, Function<Fixture, String> path, Function<Fixture, User> caller,
            Map<String, Object> body, List<String> textFields) {
        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        @Override
        public String toString() {
            return route;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /api/auth/register",
                    f -> "/api/auth/register", f -> null, Map.of("email", "hostile@example.com",
                    "password", "SecurePass123", "name", "Hostile", "role", "customer"),
                    List.of("email", "password", "name", "role")),
            new Endpoint("POST /api/auth/login",
                    f -> "/api/auth/login", f -> null,
                    Map.of("email", "hostile@example.com", "password", "SecurePass123"), List.of("email", "password")),
            new Endpoint("POST /api/auth/refresh",
                    f -> "/api/auth/refresh", f -> null, Map.of("refreshToken", "a-token"),
                    List.of("refreshToken")),
            new Endpoint("POST /api/auth/logout",
                    f -> "/api/auth/logout", Fixture::customer, Map.of("refreshToken", "a-token"),
                    List.of("refreshToken")),
            new Endpoint("POST /api/job",
                    f -> "/api/job", Fixture::customer, Map.of("title", "A title", "description",
                    "A description", "budget", 100, "category", "Other", "location", "Remote"),
                    List.of("title", "description", "category", "location")),
            new Endpoint("PATCH /api/job/:id/status",
                    f -> "/api/job/" + f.inProgress().jobId() + "/status", Fixture::customer,
                    Map.of("status", "cancelled", "reason", "No longer needed"), List.of("status", "reason")),
            new Endpoint("POST /api/job/:id/cancel",
                    f -> "/api/job/" + f.inProgress().jobId() + "/cancel", Fixture::customer,
                    Map.of("reason", "No longer needed"), List.of("reason")),
            new Endpoint("POST /api/job/:id/apply",
                    f -> "/api/job/" + f.offered().jobId() + "/apply", Fixture::contractor,
                    Map.of("message", "I can do it"), List.of("message")),
            new Endpoint("POST /api/job-request/:applicationId/send-offer",
                    f -> "/api/job-request/" + f.offered().applicationId() + "/send-offer",
                    Fixture::customer, Map.of("amount", 100, "timeline", "2 weeks", "description", "As posted"),
                    List.of("timeline", "description")),
            new Endpoint("POST /api/job-request/offer/:offerId/reject",
                    f -> "/api/job-request/offer/" + f.offered().offerId() + "/reject",
                    Fixture::contractor, Map.of("reason", "Busy"), List.of("reason")),
            new Endpoint("POST /api/admin/completion-requests/:id/reject",
                    f -> "/api/admin/completion-requests/" + f.completionRequestId() + "/reject",
                    Fixture::admin, Map.of("reason", "Not finished"), List.of("reason")),
            new Endpoint("POST /api/admin/withdrawals/:id/reject",
                    f -> "/api/admin/withdrawals/" + f.withdrawalId() + "/reject", Fixture::admin,
                    Map.of("reason", "Suspicious"), List.of("reason")),
            new Endpoint("POST /api/admin/users/:userId/freeze",
                    f -> "/api/admin/users/" + f.customer().id() + "/freeze", Fixture::admin,
                    Map.of("reason", "Review"), List.of("reason")),
            new Endpoint("POST /api/wallet/deposit",
                    f -> "/api/wallet/deposit", Fixture::customer, Map.of("amount", 10), List.of()),
            new Endpoint("POST /api/wallet/withdraw",
                    f -> "/api/wallet/withdraw", Fixture::contractor, Map.of("amount", 10), List.of()));

    @BeforeAll
    static void setUp() {
        Marketplace market = service.marketplace();
        User customer = market.customer();
        market.deposit(customer, "300");
        User contractor = market.contractor();
        Deal offered = market.offered(customer, contractor, "100");
        Deal inProgress = market.inProgress(customer, contractor, "100");
        String requestId = service.api().post("/api/job/" + inProgress.jobId() + "/complete").as(customer).send()
                .expect(200).text("/completionRequest/_id");
        User paid = market.paidContractor();
        String withdrawalId = market.withdraw(paid, "20").expect(200).text("/withdrawal/_id");
        fixture = new Fixture(customer, contractor, market.admin(), offered, inProgress, requestId, withdrawalId);
    }

    static Stream<Arguments> textFields() {
        return ENDPOINTS.stream().flatMap(endpoint -> endpoint.textFields().stream()
                .flatMap(field -> Stream.of(Hostile.values()).map(hostile -> Arguments.of(endpoint, field, hostile))));
    }

    @ParameterizedTest(name = "{0} with {1} = {2}")
    @MethodSource("textFields")
    void aHostileTextFieldIsRefusedByName(Endpoint endpoint, String field, Hostile hostile) {
        Map<String, Object> body = new LinkedHashMap<>(endpoint.body());
        body.put(field, "__hostile__");

        Response answer = send(endpoint, bodyWith(body, hostile.json), "application/json");

        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.errorFields()).as("%s", answer).containsExactly(field);
        assertThat(answer.message()).isEqualTo(field + " " + hostile.refusal);
    }

    static Stream<Arguments> bodies() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of("text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/xml", "")
                .map(type -> Arguments.of(endpoint, type)));
    }

    @ParameterizedTest(name = "{0} sent as \"{1}\"")
    @MethodSource("bodies")
    void aBodyThatIsNotJsonIs415(Endpoint endpoint, String contentType) {
        Response answer = send(endpoint, json(endpoint.body()), contentType);

        assertThat(answer.status()).as("%s", answer).isEqualTo(415);
        assertThat(answer.message()).isEqualTo("Content-Type must be application/json");
    }

    static Stream<Arguments> parameters() {
        return Stream.of(
                Arguments.of("/api/job?status=open%00", "status"),
                Arguments.of("/api/job?page=1%00", "page"),
                Arguments.of("/api/job?limit=%ED%A0%80", "limit"),
                Arguments.of("/api/wallet/transactions?type=deposit%00", "type"),
                Arguments.of("/api/admin/withdrawals?status=pending%00", "status"),
                Arguments.of("/api/admin/completion-requests?status=%00", "status"),
                Arguments.of("/api/job/abc%00def", "id"),
                Arguments.of("/api/job-request/offer/%00", "offerId"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("parameters")
    void aHostileQueryOrPathParameterIsRefused(String path, String parameter) {
        Response answer = service.api().get(path).as(fixture.admin()).send();

        assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
        assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
        if (answer.status() == 400 && !answer.errorFields().isEmpty()) {
            assertThat(answer.errorFields()).containsExactly(parameter);
        }
    }

    /** Nothing any refused request carried was written: no NUL or placeholder anywhere in the text the users wrote. */
    @AfterAll
    static void nothingHostileWasStored() {
        Psql database = Psql.on(service.database());
        for (String column : List.of("users.name", "users.email", "jobs.title", "jobs.description",
                "jobs.cancellation_reason", "job_applications.message", "offers.description",
                "completion_requests.rejection_reason", "withdrawals.failure_reason", "wallets.frozen_reason")) {
            String[] tableAndColumn = column.split("\\.");
            assertThat(database.number("select count(*) from " + tableAndColumn[0] + " where " + tableAndColumn[1]
                    + " like '%__hostile__%' or " + tableAndColumn[1] + " like '%Ann%Lee%'")).as(column).isZero();
        }
        assertThat(database.number("select count(*) from users where email = 'hostile@example.com'")).isZero();
    }

    private static Response send(Endpoint endpoint, String body, String contentType) {
        Api.Call call = "PATCH".equals(endpoint.method()) ? service.api().patch(endpoint.path().apply(fixture))
                : service.api().post(endpoint.path().apply(fixture));
        User caller = endpoint.caller().apply(fixture);
        if (caller != null) {
            call.as(caller);
        }
        call.raw(body);
        if (contentType.isEmpty()) {
            call.withoutContentType();
        } else {
            call.header("Content-Type", contentType);
        }
        return call.send();
    }

    private static String bodyWith(Map<String, Object> body, String hostileJson) {
        return json(body).replace(PLACEHOLDER, hostileJson);
    }

    private static String json(Map<String, Object> body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
