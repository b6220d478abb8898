package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.fakes.InMemoryDevGatewayStore;
import com.jobsphere.application.fakes.InMemoryLocks;
import com.jobsphere.application.wallet.Janitor;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.IdempotencyRecords;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.application.port.Users;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Role;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter's wiring through a real Javalin server: routing, authentication, the envelope, limits and
 * the idempotency wrapper. There is no database here: every store but the idempotency records reports
 * the database as down, which is enough to see each request reach its use case. The flows themselves
 * are tested end to end with PostgreSQL in bootstrap.
 */
class HttpAdapterTest {
    private static final Instant NOW = Instant.parse("2026-01-28T12:00:00Z");
    private static final byte[] SECRET = "a-test-secret-that-is-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8);
    private static final String STORE_DOWN = "{\"status\":503,\"message\":\"" + ErrorMapper.STORE_UNAVAILABLE
            + "\",\"data\":null,\"errors\":[]}";

    private static final UserId CUSTOMER = new UserId("customer-1");

    private static final AtomicBoolean databaseReachable = new AtomicBoolean(true);
    private static final InMemoryIdempotencyRecords idempotencyRecords = new InMemoryIdempotencyRecords();
    private static final DevPaymentGateway devGateway = DevPaymentGateway.create("http://localhost:3000",
            new InMemoryDevGatewayStore(), Clock.fixed(NOW, ZoneOffset.UTC));
    private static final JwtTokens tokens = new JwtTokens(SECRET, Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
    private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static HttpAdapter adapter;
    private static String customerToken;
    private static String adminToken;

    /** Every token's user exists (authentication looks it up); nothing else of the users is reachable. */
    private static final Users KNOWN_USERS = (Users) Proxy.newProxyInstance(Users.class.getClassLoader(),
            new Class<?>[] {Users.class}, (proxy, method, arguments) -> {
                if (method.getName().equals("exists")) {
                    return true;
                }
                throw new StoreUnavailable("the test database is down", null);
            });

    @BeforeAll
    static void startServer() {
        Stores stores = (Stores) Proxy.newProxyInstance(Stores.class.getClassLoader(), new Class<?>[] {Stores.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("idempotencyRecords")) {
                        return idempotencyRecords;
                    }
                    if (method.getName().equals("users")) {
                        return KNOWN_USERS;
                    }
                    throw new StoreUnavailable("the test database is down", null);
                });
        UnitOfWork unitOfWork = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Function<Stores, T> work) {
                return work.apply(stores);
            }

            @Override
            public <T> T read(Function<Stores, T> work) {
                return work.apply(stores);
            }
        };
        AtomicLong ids = new AtomicLong();
        WebhookVerifier verifier = (payload, signature) -> {
            if (!"t=1,v1=valid".equals(signature)) {
                throw new ValidationFailed("Stripe-Signature", "Invalid signature");
            }
            return new GatewayEvent.Ignored("evt_1", "charge.refunded");
        };
        UseCases useCases = UseCases.create(unitOfWork, new InMemoryLocks(), devGateway, verifier, new PlainHasher(),
                tokens, () -> "id-" + ids.incrementAndGet(), Clock.fixed(NOW, ZoneOffset.UTC),
                new Platform(new UserId("admin-1")), FeeSchedule.STANDARD, Janitor.Settings.DEFAULTS);
        adapter = HttpAdapter.create(useCases, devGateway, HttpSettings.defaults("http://localhost:3000"),
                databaseReachable::get).start(0);
        customerToken = tokens.issueAccessToken(CUSTOMER, Role.CUSTOMER, NOW);
        adminToken = tokens.issueAccessToken(new UserId("admin-1"), Role.ADMIN, NOW);
    }

    @AfterAll
    static void stopServer() {
        adapter.stop();
    }

    @Test
    void healthIsOkWhileTheDatabaseAnswersAnd503Otherwise() throws Exception {
        HttpResponse<String> up = send(get("/health"));
        databaseReachable.set(false);
        HttpResponse<String> down = send(get("/health"));
        databaseReachable.set(true);

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":200,\"message\":\"OK\",\"data\":{\"status\":\"ok\"}}");
        assertThat(up.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(up.headers().firstValue(RequestIds.HEADER)).isPresent();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo(
                "{\"status\":503,\"message\":\"Database unreachable or not migrated\",\"data\":null,\"errors\":[]}");
    }

    @Test
    void anUnknownRouteIs404InTheEnvelopeEvenWithoutAToken() throws Exception {
        HttpResponse<String> response = send(get("/api/nothing-here"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"status\":404,\"message\":\"Route not found\",\"data\":null,\"errors\":[]}");
    }

    @Test
    void aWrongMethodOnAKnownPathIs405() throws Exception {
        HttpResponse<String> response = send(request("/api/wallet").DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"status\":405", "\"message\":\"Method not allowed\"");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aProtectedRouteWithoutAValidTokenIs401() throws Exception {
        HttpResponse<String> missing = send(get("/api/wallet"));
        HttpResponse<String> garbage = send(get("/api/wallet").header("Authorization", "Bearer not-a-token"));
        HttpResponse<String> notBearer = send(get("/api/wallet").header("Authorization", "Basic dXNlcjpwYXNz"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo("{\"status\":401,\"message\":\"Authentication required\",\"data\":null,\"errors\":[]}");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(notBearer.statusCode()).isEqualTo(401);
    }

    @Test
    void aValidTokenReachesTheUseCaseAndADatabaseOutageIs503() throws Exception {
        HttpResponse<String> response = send(get("/api/wallet").header("Authorization", "Bearer " + customerToken));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo(STORE_DOWN);
    }

    @Test
    void publicRoutesNeedNoTokenAndMalformedJsonIs400() throws Exception {
        HttpResponse<String> login = send(post("/api/auth/login", "{\"email\":"));
        HttpResponse<String> trailingSlash = send(post("/api/auth/login/", "{oops"));

        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).isEqualTo("{\"status\":400,\"message\":\"Invalid JSON body\",\"data\":null,\"errors\":[]}");
        assertThat(trailingSlash.statusCode()).isEqualTo(400);
    }

    /**
     * The server answers before it has read such a body and may close the connection under the rest of it, so the
     * body goes through {@link RawPost}, which reads the answer whatever becomes of its write.
     */
    @Test
    void aBodyOver64KibIs413WhetherItsLengthIsDeclaredOrChunked() throws Exception {
        byte[] large = ("{\"email\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        RawPost.Response declared = RawPost.declared(adapter.port(), "/api/auth/login", large);
        RawPost.Response chunked = RawPost.chunked(adapter.port(), "/api/auth/login", large);

        assertThat(declared.status()).as("declared length; writing ended with %s", declared.writeFailure())
                .isEqualTo(413);
        assertThat(declared.body()).contains("\"status\":413", "Request body too large");
        assertThat(chunked.status()).as("chunked; writing ended with %s", chunked.writeFailure()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"status\":413", "Request body too large");
    }

    /**
     * The same refusal through an ordinary client, which drops the whole exchange if the server resets the connection
     * while it still writes: the server reads the rest of a refused body before it answers, so the 413 arrives.
     */
    @Test
    void anOrdinaryClientGetsThe413OfABodyOver64Kib() throws Exception {
        String large = "{\"email\":\"" + "x".repeat(200_000) + "\"}";
        HttpResponse<String> declared = send(post("/api/auth/login", large));
        HttpResponse<String> chunked = send(request("/api/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        large.getBytes(StandardCharsets.UTF_8)))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).isEqualTo(
                "{\"status\":413,\"message\":\"Request body too large\",\"data\":null,\"errors\":[]}");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("Request body too large");
    }

    @Test
    void aBodyThatIsNotSaidToBeJsonIs415() throws Exception {
        String json = "{\"email\":\"a@b.co\",\"password\":\"whatever1\"}";
        HttpResponse<String> text = send(request("/api/auth/login").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        HttpResponse<String> form = send(request("/api/auth/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@b.co&password=whatever1")));
        HttpResponse<String> none = send(request("/api/auth/login").POST(HttpRequest.BodyPublishers.ofString(json)));
        HttpResponse<String> charset = send(request("/api/auth/login")
                .header("Content-Type", "Application/JSON; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(json)));
        HttpResponse<String> emptyWithoutType = send(request("/api/job/job-1/complete")
                .header("Authorization", "Bearer " + customerToken).POST(HttpRequest.BodyPublishers.noBody()));

        for (HttpResponse<String> refused : List.of(text, form, none)) {
            assertThat(refused.statusCode()).as("%s", refused.request().headers().map()).isEqualTo(415);
            assertThat(refused.body()).isEqualTo("{\"status\":415,\"message\":\"Content-Type must be application/json\","
                    + "\"data\":null,\"errors\":[]}");
        }
        assertThat(charset.statusCode()).as("JSON with a charset reaches the use case").isEqualTo(503);
        assertThat(emptyWithoutType.statusCode()).as("an empty POST needs no Content-Type").isEqualTo(503);
    }

    @Test
    void aNulOrAnUnpairedSurrogateInAnyStringIsRefusedByName() throws Exception {
        HttpResponse<String> nul = send(post("/api/auth/register",
                "{\"email\":\"a@b.co\",\"password\":\"whatever1\",\"name\":\"Ann\\u0000\",\"role\":\"customer\"}"));
        HttpResponse<String> surrogate = send(post("/api/auth/register",
                "{\"email\":\"a@b.co\",\"password\":\"whatever1\",\"name\":\"Ann\\ud800x\",\"role\":\"customer\"}"));
        HttpResponse<String> lowFirst = send(post("/api/auth/register",
                "{\"email\":\"a@b.co\\udc00\",\"password\":\"whatever1\",\"name\":\"Ann\",\"role\":\"customer\"}"));
        HttpResponse<String> nested = send(post("/api/auth/register",
                "{\"email\":\"a@b.co\",\"password\":\"whatever1\",\"name\":\"Ann\",\"extra\":[{\"x\":\"\\u0000\"}]}"));
        HttpResponse<String> query = send(get("/api/job?status=open%00").header("Authorization", "Bearer " + customerToken));
        HttpResponse<String> emoji = send(post("/api/auth/register",
                "{\"email\":\"a@b.co\",\"password\":\"whatever1\",\"name\":\"Ann \\ud83d\\ude00\",\"role\":\"customer\"}"));

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).isEqualTo("{\"status\":400,\"message\":\"name must not contain NUL characters or invalid"
                + " Unicode\",\"data\":null,\"errors\":[{\"field\":\"name\",\"message\":\"name must not contain NUL"
                + " characters or invalid Unicode\"}]}");
        assertThat(surrogate.statusCode()).isEqualTo(400);
        assertThat(surrogate.body()).contains("\"field\":\"name\"");
        assertThat(lowFirst.statusCode()).isEqualTo(400);
        assertThat(lowFirst.body()).contains("\"field\":\"email\"");
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("\"field\":\"extra\"");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("\"field\":\"status\"");
        assertThat(emoji.statusCode()).as("a surrogate pair is a character like any other").isEqualTo(503);
    }

    @Test
    void everyResponseSaysNosniffAndNoReferrerAndPagesForbidFraming() throws Exception {
        HttpResponse<String> ok = send(get("/livez"));
        HttpResponse<String> error = send(get("/api/nothing-here"));
        HttpResponse<String> page = send(get("/dev/checkout/cs_dev_unknown"));

        for (HttpResponse<String> response : List.of(ok, error, page)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "default-src 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline"));
    }

    @Test
    void theServersOwnRefusalsComeInTheEnvelope() throws Exception {
        RawExchange longUri = RawExchange.send(adapter.port(), "GET /api/job?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        RawExchange largeHeaders = RawExchange.send(adapter.port(), "GET /api/job HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        RawExchange badPath = RawExchange.send(adapter.port(), "GET /api/job/%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(longUri.status()).isEqualTo(414);
        assertThat(largeHeaders.status()).isEqualTo(431);
        assertThat(badPath.status()).isEqualTo(400);
        for (RawExchange exchange : List.of(longUri, largeHeaders, badPath)) {
            assertThat(exchange.header("Content-Type")).as(exchange.toString()).startsWith("application/json");
            assertThat(exchange.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(exchange.body()).as(exchange.toString()).startsWith("{\"status\":" + exchange.status() + ",\"message\":")
                    .endsWith(",\"data\":null,\"errors\":[]}").doesNotContain("Jetty", "<html");
        }
    }

    /** A path parameter that no id could be (blank, or longer than any id) names nothing: its resource's 404. */
    @Test
    void aPathIdThatNoIdCouldBeIsItsResourcesNotFound() throws Exception {
        String tooLong = "x".repeat(256);
        HttpResponse<String> job = send(get("/api/job/" + tooLong).header("Authorization", "Bearer " + customerToken));
        HttpResponse<String> blank = send(get("/api/job/%20").header("Authorization", "Bearer " + customerToken));
        HttpResponse<String> offer = send(get("/api/job-request/offer/" + tooLong)
                .header("Authorization", "Bearer " + customerToken));
        HttpResponse<String> application = send(post("/api/job-request/" + tooLong + "/send-offer",
                "{\"amount\":100,\"timeline\":\"2 weeks\",\"description\":\"As posted\"}")
                .header("Authorization", "Bearer " + customerToken));
        HttpResponse<String> possible = send(get("/api/job/" + "x".repeat(255))
                .header("Authorization", "Bearer " + customerToken));

        assertThat(job.statusCode()).isEqualTo(404);
        assertThat(job.body()).isEqualTo("{\"status\":404,\"message\":\"Job not found\",\"data\":null,\"errors\":[]}");
        assertThat(blank.statusCode()).isEqualTo(404);
        assertThat(blank.body()).contains("Job not found");
        assertThat(offer.statusCode()).isEqualTo(404);
        assertThat(offer.body()).contains("Offer not found");
        assertThat(application.statusCode()).isEqualTo(404);
        assertThat(application.body()).contains("Application not found");
        assertThat(possible.statusCode()).as("an id that could exist is looked up: here the database is down")
                .isEqualTo(503);
    }

    /** An admin route refuses anyone else before it reads the rest of the request: path id, query or body. */
    @Test
    void anAdminRouteRefusesANonAdminBeforeReadingTheRequest() throws Exception {
        String approve = "/api/admin/withdrawals/" + "x".repeat(256) + "/approve";
        HttpResponse<String> byCustomer = send(post(approve, "").header("Authorization", "Bearer " + customerToken)
                .header(Idempotency.HEADER, "key-admin-approve"));
        HttpResponse<String> byAdmin = send(post(approve, "").header("Authorization", "Bearer " + adminToken)
                .header(Idempotency.HEADER, "key-admin-approve"));
        HttpResponse<String> malformedFreeze = send(post("/api/admin/users/customer-2/freeze", "{oops")
                .header("Authorization", "Bearer " + customerToken));
        HttpResponse<String> badFilter = send(get("/api/admin/withdrawals?status=bogus")
                .header("Authorization", "Bearer " + customerToken));

        assertThat(byCustomer.statusCode()).isEqualTo(403);
        assertThat(byCustomer.body()).isEqualTo(
                "{\"status\":403,\"message\":\"Admin access required\",\"data\":null,\"errors\":[]}");
        assertThat(byAdmin.statusCode()).isEqualTo(404);
        assertThat(byAdmin.body()).contains("Withdrawal not found");
        assertThat(malformedFreeze.statusCode()).isEqualTo(403);
        assertThat(badFilter.statusCode()).isEqualTo(403);
    }

    @Test
    void anEmptyBodyOnAPostThatTakesNoneIsNormal() throws Exception {
        HttpResponse<String> response = send(post("/api/job-request/offer/offer-1/accept", "")
                .header("Authorization", "Bearer " + customerToken));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void anEmptyBodyWhereOneIsNeededNamesTheMissingField() throws Exception {
        HttpResponse<String> response = send(post("/api/wallet/deposit", "")
                .header("Authorization", "Bearer " + customerToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"amount\"");
    }

    /** As with Stripe, a request refused before it ran (its parameters were invalid) saves nothing under its key. */
    @Test
    void aRequestWhoseBodyIsInvalidSavesNothingUnderItsKey() throws Exception {
        HttpResponse<String> first = send(authorizedPost("/api/wallet/deposit", "{\"amount\":\"100\"}", "key-invalid"));
        HttpResponse<String> corrected = send(authorizedPost("/api/wallet/deposit", "{\"amount\":100}", "key-invalid"));

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(first.body()).contains("\"field\":\"amount\"", "amount must be a number");
        assertThat(first.headers().firstValue(Idempotency.REPLAYED_HEADER)).isEmpty();
        assertThat(idempotencyRecords.has(CUSTOMER, "key-invalid")).isFalse();
        assertThat(corrected.statusCode()).as("the corrected request runs: here the database is down").isEqualTo(503);
    }

    @Test
    void aFaultUnderAnIdempotencyKeyLeavesNoRecord() throws Exception {
        HttpResponse<String> response = send(authorizedPost("/api/wallet/deposit", "{\"amount\":100}", "key-fault"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(idempotencyRecords.has(CUSTOMER, "key-fault")).isFalse();
    }

    @Test
    void anIdempotencyKeyOver255CharactersIs400() throws Exception {
        HttpResponse<String> response = send(authorizedPost("/api/wallet/deposit", "{\"amount\":100}", "k".repeat(256)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"Idempotency-Key\"");
    }

    @Test
    void aBadQueryParameterIs400NamingIt() throws Exception {
        HttpResponse<String> response = send(get("/api/wallet/transactions?type=bonus")
                .header("Authorization", "Bearer " + customerToken));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"type\"");
    }

    @Test
    void theWebhookNeedsNoTokenButAValidSignature() throws Exception {
        HttpResponse<String> unsigned = send(post("/api/webhooks/stripe", "{}"));
        HttpResponse<String> badlySigned = send(post("/api/webhooks/stripe", "{}").header("Stripe-Signature", "t=1,v1=bad"));
        HttpResponse<String> signed = send(post("/api/webhooks/stripe", "{}").header("Stripe-Signature", "t=1,v1=valid"));

        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.body()).contains("\"field\":\"Stripe-Signature\"");
        assertThat(badlySigned.statusCode()).isEqualTo(400);
        assertThat(signed.statusCode()).isEqualTo(503);
    }

    @Test
    void theDevelopmentCheckoutPageShowsTheAmountAndTheNotice() throws Exception {
        var session = devGateway.createCheckoutSession(new DepositId("deposit-page"), CUSTOMER, Money.ofCents(5250));

        HttpResponse<String> page = send(get("/dev/checkout/" + session.sessionId()));
        HttpResponse<String> unknown = send(get("/dev/checkout/cs_dev_unknown"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("52.50 USD", "Development payment gateway \u2014 no real money moves.",
                "action=\"/dev/checkout/" + session.sessionId() + "/pay\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no real money moves");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + adapter.port() + path)).timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpRequest.Builder post(String path, String body) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder authorizedPost(String path, String body, String idempotencyKey) {
        return post(path, body).header("Authorization", "Bearer " + customerToken).header(Idempotency.HEADER, idempotencyKey);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Not a real hash: these tests never check a password. */
    private static final class PlainHasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            return "plain:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("plain:" + password);
        }
    }

    /** The idempotency records of one test server, with the port's contract (no other transaction holds a key). */
    private static final class InMemoryIdempotencyRecords implements IdempotencyRecords {
        private final Map<String, IdempotencyRecord> records = new HashMap<>();

        @Override
        public synchronized Optional<IdempotencyRecord> claim(RequestKey key, Instant at) {
            return Optional.ofNullable(records.get(nameOf(key.callerId(), key.key())));
        }

        @Override
        public synchronized void saveProgress(RequestKey key, String recoveryPoint, String resourceId, Instant at) {
            records.put(nameOf(key.callerId(), key.key()), new IdempotencyRecord(key, recoveryPoint, resourceId, null, at));
        }

        @Override
        public synchronized void saveResponse(RequestKey key, RecordedResponse response, Instant at) {
            records.put(nameOf(key.callerId(), key.key()), new IdempotencyRecord(key, null, null, response, at));
        }

        @Override
        public synchronized int purgeOlderThan(Instant cutoff, int limit) {
            throw new UnsupportedOperationException("The HTTP adapter never purges; the janitor does");
        }

        synchronized boolean has(UserId caller, String key) {
            return records.containsKey(nameOf(caller, key));
        }

        private static String nameOf(UserId caller, String key) {
            return caller.value() + "\n" + key;
        }
    }
}
