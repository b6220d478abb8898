package com.jobsphere.adapters.stripe;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A fake Stripe API on loopback, for tests of the Stripe adapter and of the application wired to it.
 * It answers the five calls the adapter makes with bodies built from Stripe's own object shapes
 * ({@code src/test/resources/stripe-fixtures/}), records every request, and replays the first answer
 * for a repeated {@code Idempotency-Key} without creating a second object, as Stripe does.
 *
 * <p>Switches make the next request fail the way Stripe's network does: a 500, a 429, or a timeout
 * after the object was created (the answer is lost, the transfer is made). Switches queue up, one
 * per request, so calling {@link #failNextRequest()} twice fails the next two requests.
 *
 * <p>Beyond the switches it refuses what Stripe refuses: a missing API key (401), an unknown account
 * (404 on retrieval, 400 as a transfer destination), a transfer to an account whose {@code transfers}
 * capability is not active (400), and a reused idempotency key with other parameters (400). An
 * account's capability becomes active with {@link #setAccountStatus} and {@code payoutsEnabled}.
 */
public final class FakeStripe implements AutoCloseable {
    /** Enough for a test's concurrent calls while some handlers sleep through a timeout. */
    private static final int HANDLER_THREADS = 16;
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** One request as the fake received it, with the form body (or query) decoded into flat keys. */
    public record Request(String method, String path, Map<String, List<String>> headers, Map<String, String> params) {
        public Request {
            headers = Map.copyOf(headers);
            params = Map.copyOf(params);
        }

        /** The first value of a header, whatever the case of its name, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String idempotencyKey() {
            return header("Idempotency-Key");
        }

        /** A decoded form parameter by its flat Stripe name, such as {@code metadata[depositId]}. */
        public String param(String name) {
            return params.get(name);
        }
    }

    /** A transfer the fake made. */
    public record Transfer(String id, long amountCents, String currency, String destination, String idempotencyKey) {
    }

    /** A Checkout Session the fake made, for tests that go on to send its webhook. */
    public record CheckoutSession(String id, String clientReferenceId, long amountTotalCents,
            Map<String, String> metadata, String url) {
        public CheckoutSession {
            metadata = Map.copyOf(metadata);
        }
    }

    private record Response(int status, String body, boolean replayed) {
        Response replay() {
            return new Response(status, body, true);
        }
    }

    private record Stored(String path, Map<String, String> params, Response response) {
    }

    private record Fault(Response answer, Duration delay) {
    }

    private record Refusal(int status, String type, String code, String message) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Queue<Refusal> transferRefusals = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Stored> idempotent = new HashMap<>();
    private final Map<String, JsonObject> accounts = new LinkedHashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<CheckoutSession> checkoutSessions = new ArrayList<>();
    private final Map<String, JsonObject> sessionObjects = new HashMap<>();
    private final Map<String, JsonObject> transferObjects = new LinkedHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    /** Starts the fake on a free loopback port. */
    public FakeStripe start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fake Stripe", e);
        }
        executor = Executors.newFixedThreadPool(HANDLER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fake-stripe");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    /** What to give the adapter as {@code apiBase}, for example {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Every request received so far, in order, including failed and replayed ones. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** The transfers made: a replayed idempotent request adds none. */
    public synchronized List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    public synchronized List<CheckoutSession> checkoutSessions() {
        return List.copyOf(checkoutSessions);
    }

    /** The payer completes the session and pays its whole amount, as Checkout reports it afterwards. */
    public synchronized void payCheckoutSession(String sessionId) {
        JsonObject session = Objects.requireNonNull(sessionObjects.get(sessionId), "no session " + sessionId);
        session.addProperty("status", "complete");
        session.addProperty("payment_status", "paid");
    }

    /** The session expires unpaid. */
    public synchronized void expireCheckoutSession(String sessionId) {
        JsonObject session = Objects.requireNonNull(sessionObjects.get(sessionId), "no session " + sessionId);
        session.addProperty("status", "expired");
    }

    /**
     * Stripe forgets an idempotency key after 24 hours: a repeated key then makes a new object. Objects already
     * made stay, and can still be listed.
     */
    public synchronized void forgetIdempotencyKeys() {
        idempotent.clear();
    }

    /** The next transfer is refused for insufficient platform balance (400), as Stripe does. */
    public void refuseNextTransfer() {
        refuseNextTransfer(400, "invalid_request_error", "balance_insufficient",
                "You have insufficient available funds in your Stripe account.");
    }

    /** The next transfer is refused with this status and Stripe error object; it is saved for its key. */
    public void refuseNextTransfer(int status, String type, String code, String message) {
        transferRefusals.add(new Refusal(status, type, code, message));
    }

    /**
     * The next request is carried out, then answered only after {@code delay}: a delay past the
     * client's read timeout loses the answer, while the object exists and its key is saved.
     */
    public void timeOutNextRequest(Duration delay) {
        faults.add(new Fault(null, Objects.requireNonNull(delay, "delay")));
    }

    /** The next request is answered 500 without being carried out. */
    public void failNextRequest() {
        faults.add(new Fault(error(500, "api_error", null, "An unknown error occurred"), Duration.ZERO));
    }

    /** The next request is answered 429 without being carried out. */
    public void rateLimitNextRequest() {
        faults.add(new Fault(error(429, "invalid_request_error", "rate_limit",
                "Too many requests hit the API too quickly."), Duration.ZERO));
    }

    /**
     * Sets an account's onboarding state, creating the account if the fake does not know it. Payouts
     * enabled also makes its {@code transfers} capability active, so that it can receive transfers.
     */
    public synchronized void setAccountStatus(String accountId, boolean detailsSubmitted, boolean payoutsEnabled) {
        JsonObject account = accounts.computeIfAbsent(accountId, id -> newAccount(id, Map.of()));
        account.addProperty("details_submitted", detailsSubmitted);
        account.addProperty("payouts_enabled", payoutsEnabled);
        account.addProperty("charges_enabled", payoutsEnabled);
        JsonObject capabilities = new JsonObject();
        capabilities.addProperty("transfers", payoutsEnabled ? "active" : "inactive");
        account.add("capabilities", capabilities);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Request request = receive(exchange);
            requests.add(request);
            Fault fault = faults.poll();
            Response response = fault != null && fault.answer() != null ? fault.answer() : routeSafely(request);
            if (fault != null && !fault.delay().isZero() && !sleep(fault.delay())) {
                return;
            }
            send(exchange, response);
        } finally {
            exchange.close();
        }
    }

    /** A bug in the fake is answered as a 500 that names it, so the test that hit it says why. */
    private Response routeSafely(Request request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            return error(500, "api_error", null, "The fake Stripe failed: " + e);
        }
    }

    private Response route(Request request) {
        if (!authorized(request)) {
            return error(401, "invalid_request_error", null, "You did not provide an API key.");
        }
        String method = request.method();
        String path = request.path();
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            return idempotent(request, this::createCheckoutSession);
        }
        if (method.equals("POST") && path.equals("/v1/accounts")) {
            return idempotent(request, this::createAccount);
        }
        if (method.equals("POST") && path.equals("/v1/account_links")) {
            return idempotent(request, this::createAccountLink);
        }
        if (method.equals("POST") && path.equals("/v1/transfers")) {
            return idempotent(request, this::createTransfer);
        }
        if (method.equals("GET") && path.matches("/v1/accounts/[^/]+")) {
            return retrieveAccount(path.substring("/v1/accounts/".length()));
        }
        if (method.equals("GET") && path.matches("/v1/checkout/sessions/[^/]+")) {
            return retrieveCheckoutSession(path.substring("/v1/checkout/sessions/".length()));
        }
        if (method.equals("GET") && path.equals("/v1/transfers")) {
            return listTransfers(request);
        }
        return error(404, "invalid_request_error", null,
                "Unrecognized request URL (" + method + ": " + path + ").");
    }

    private static boolean authorized(Request request) {
        String authorization = request.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7;
    }

    /**
     * Stripe's idempotency: the first answer to a key is saved with its endpoint and parameters and
     * replayed for the same request; the same key with another endpoint or other parameters is an
     * error. Answers of 500 and above are not saved here, so a retry after one runs again.
     */
    private synchronized Response idempotent(Request request, Function<Request, Response> create) {
        String key = request.idempotencyKey();
        if (key == null) {
            return create.apply(request);
        }
        Stored stored = idempotent.get(key);
        if (stored != null) {
            if (!stored.path().equals(request.path()) || !stored.params().equals(request.params())) {
                return error(400, "idempotency_error", null, "Keys for idempotent requests can only be used "
                        + "with the same parameters they were first used with.");
            }
            return stored.response().replay();
        }
        Response response = create.apply(request);
        if (response.status() < 500) {
            idempotent.put(key, new Stored(request.path(), request.params(), response));
        }
        return response;
    }

    private Response createCheckoutSession(Request request) {
        String unitAmount = request.param("line_items[0][price_data][unit_amount]");
        String currency = request.param("line_items[0][price_data][currency]");
        if (unitAmount == null || currency == null) {
            return error(400, "invalid_request_error", "parameter_missing",
                    "A line item needs price_data with a currency and a unit_amount.");
        }
        long quantity = Long.parseLong(request.params().getOrDefault("line_items[0][quantity]", "1"));
        long amountTotal = Math.multiplyExact(Long.parseLong(unitAmount), quantity);
        String id = "cs_test_" + nextId();
        String url = "https://checkout.stripe.com/c/pay/" + id;
        JsonObject session = fixture("checkout_session.json");
        session.addProperty("id", id);
        session.addProperty("url", url);
        session.addProperty("created", Instant.now().getEpochSecond());
        session.addProperty("mode", request.param("mode"));
        session.addProperty("currency", currency);
        session.addProperty("amount_subtotal", amountTotal);
        session.addProperty("amount_total", amountTotal);
        session.addProperty("client_reference_id", request.param("client_reference_id"));
        session.add("metadata", GSON.toJsonTree(nested(request, "metadata")));
        session.addProperty("success_url", request.param("success_url"));
        session.addProperty("cancel_url", request.param("cancel_url"));
        session.addProperty("payment_status", "unpaid");
        session.addProperty("status", "open");
        // The PaymentIntent of a payment-mode session only exists once the payer confirms.
        session.add("payment_intent", JsonNull.INSTANCE);
        checkoutSessions.add(new CheckoutSession(id, request.param("client_reference_id"), amountTotal,
                nested(request, "metadata"), url));
        sessionObjects.put(id, session);
        return ok(session);
    }

    private Response createAccount(Request request) {
        String id = "acct_" + nextId();
        JsonObject account = newAccount(id, nested(request, "metadata"));
        account.addProperty("email", request.param("email"));
        String dashboard = request.param("controller[stripe_dashboard][type]");
        account.addProperty("type", request.params().getOrDefault("type", dashboard == null ? "standard" : dashboard));
        if (dashboard != null) {
            account.add("controller", controller(request));
        }
        accounts.put(id, account);
        return ok(account);
    }

    private Response createAccountLink(Request request) {
        String accountId = request.param("account");
        if (accountId == null || !accounts.containsKey(accountId)) {
            return error(400, "invalid_request_error", "account_invalid", "No such account: '" + accountId + "'");
        }
        long now = Instant.now().getEpochSecond();
        JsonObject link = fixture("account_link.json");
        link.addProperty("created", now);
        link.addProperty("expires_at", now + 300);
        link.addProperty("url", "https://connect.stripe.com/setup/e/" + accountId + "/" + nextId());
        return ok(link);
    }

    private Response createTransfer(Request request) {
        Refusal refusal = transferRefusals.poll();
        if (refusal != null) {
            return error(refusal.status(), refusal.type(), refusal.code(), refusal.message());
        }
        String destination = request.param("destination");
        JsonObject account = destination == null ? null : accounts.get(destination);
        if (account == null) {
            return error(400, "invalid_request_error", "resource_missing",
                    "No such destination: '" + destination + "'");
        }
        if (!"active".equals(stringAt(account.getAsJsonObject("capabilities"), "transfers"))) {
            return error(400, "invalid_request_error", "insufficient_capabilities_for_transfer",
                    "Your destination account needs to have at least one of the following capabilities "
                            + "enabled: transfers, crypto_transfers, legacy_payments");
        }
        String id = "tr_" + nextId();
        long amount = Long.parseLong(request.param("amount"));
        JsonObject transfer = fixture("transfer.json");
        transfer.addProperty("id", id);
        transfer.addProperty("amount", amount);
        transfer.addProperty("currency", request.param("currency"));
        transfer.addProperty("destination", destination);
        transfer.addProperty("destination_payment", "py_" + nextId());
        transfer.addProperty("balance_transaction", "txn_" + nextId());
        transfer.addProperty("created", Instant.now().getEpochSecond());
        transfer.getAsJsonObject("reversals").addProperty("url", "/v1/transfers/" + id + "/reversals");
        transfer.addProperty("transfer_group", request.param("transfer_group"));
        transfers.add(new Transfer(id, amount, request.param("currency"), destination, request.idempotencyKey()));
        transferObjects.put(id, transfer);
        return ok(transfer);
    }

    private synchronized Response retrieveCheckoutSession(String sessionId) {
        JsonObject session = sessionObjects.get(sessionId);
        if (session == null) {
            return error(404, "invalid_request_error", "resource_missing",
                    "No such checkout.session: '" + sessionId + "'");
        }
        return ok(session);
    }

    /** {@code GET /v1/transfers}, filtered by {@code transfer_group} when given, newest first, up to {@code limit}. */
    private synchronized Response listTransfers(Request request) {
        String group = request.param("transfer_group");
        int limit = Integer.parseInt(request.params().getOrDefault("limit", "10"));
        List<JsonObject> matching = new ArrayList<>(transferObjects.values().stream()
                .filter(transfer -> group == null || group.equals(stringAt(transfer, "transfer_group")))
                .toList());
        Collections.reverse(matching);
        JsonArray data = new JsonArray();
        matching.stream().limit(limit).forEach(data::add);
        JsonObject list = new JsonObject();
        list.addProperty("object", "list");
        list.addProperty("url", "/v1/transfers");
        list.addProperty("has_more", matching.size() > limit);
        list.add("data", data);
        return ok(list);
    }

    private synchronized Response retrieveAccount(String accountId) {
        JsonObject account = accounts.get(accountId);
        if (account == null) {
            return error(404, "invalid_request_error", "resource_missing",
                    "No such account: '" + accountId + "'");
        }
        return ok(account);
    }

    private static JsonObject newAccount(String id, Map<String, String> metadata) {
        JsonObject account = fixture("account.json");
        account.addProperty("id", id);
        account.add("metadata", GSON.toJsonTree(metadata));
        account.addProperty("created", Instant.now().getEpochSecond());
        account.addProperty("details_submitted", false);
        account.addProperty("payouts_enabled", false);
        account.addProperty("charges_enabled", false);
        JsonObject capabilities = new JsonObject();
        capabilities.addProperty("transfers", "inactive");
        account.add("capabilities", capabilities);
        account.getAsJsonObject("external_accounts").addProperty("url", "/v1/accounts/" + id + "/external_accounts");
        return account;
    }

    private static JsonObject controller(Request request) {
        JsonObject controller = new JsonObject();
        controller.addProperty("type", "application");
        controller.addProperty("is_controller", true);
        controller.addProperty("requirement_collection", request.param("controller[requirement_collection]"));
        JsonObject fees = new JsonObject();
        fees.addProperty("payer", request.param("controller[fees][payer]"));
        controller.add("fees", fees);
        JsonObject losses = new JsonObject();
        losses.addProperty("payments", request.param("controller[losses][payments]"));
        controller.add("losses", losses);
        JsonObject dashboard = new JsonObject();
        dashboard.addProperty("type", request.param("controller[stripe_dashboard][type]"));
        controller.add("stripe_dashboard", dashboard);
        return controller;
    }

    /** The entries of a hash parameter, such as {@code metadata[depositId]}, keyed by the inner name. */
    private static Map<String, String> nested(Request request, String hash) {
        Map<String, String> entries = new TreeMap<>();
        String prefix = hash + "[";
        request.params().forEach((key, value) -> {
            if (key.startsWith(prefix) && key.endsWith("]") && key.indexOf('[', prefix.length()) < 0) {
                entries.put(key.substring(prefix.length(), key.length() - 1), value);
            }
        });
        return entries;
    }

    private static String stringAt(JsonObject object, String name) {
        return object == null || !object.has(name) || object.get(name).isJsonNull() ? null
                : object.get(name).getAsString();
    }

    private String nextId() {
        return String.format(Locale.ROOT, "Fake%016d", sequence.incrementAndGet());
    }

    private static Response ok(JsonObject body) {
        return new Response(200, GSON.toJson(body), false);
    }

    private static Response error(int status, String type, String code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("type", type);
        error.addProperty("code", code);
        error.addProperty("message", message);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return new Response(status, GSON.toJson(body), false);
    }

    static JsonObject fixture(String name) {
        try (InputStream in = FakeStripe.class.getResourceAsStream("/stripe-fixtures/" + name)) {
            Objects.requireNonNull(in, "missing fixture " + name);
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read fixture " + name, e);
        }
    }

    private static Request receive(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        String form = exchange.getRequestMethod().equals("POST") ? body : query;
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, decode(form));
    }

    /** Decodes {@code a=1&metadata[depositId]=d} into flat keys, as stripe-java's form encoder writes them. */
    private static Map<String, String> decode(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return params;
        }
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_" + nextId());
        if (response.replayed()) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Returns false when the fake is closing, in which case the answer is never sent. */
    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
