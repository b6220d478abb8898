package com.jobsphere.adapters.fcm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Firebase Cloud Messaging on loopback, with its own OAuth2 token endpoint, for tests of the
 * FCM adapter and of the application wired to it.
 *
 * <p>The token endpoint ({@code POST /token}) takes the JWT-bearer grant google-auth sends, and
 * checks the assertion as Google does: its RS256 signature against the public key of a service
 * account this fake issued ({@link #issueServiceAccountKey()}), its {@code iss} and {@code kid}, its
 * {@code aud} (Google's token endpoint, or this one), its {@code scope} (FCM's) and its times. It
 * answers an access token.
 *
 * <p>{@code POST /v1/projects/{project}/messages:send} checks the bearer token against those it
 * issued, the project, and the message as FCM does (only known fields, string data values, no
 * reserved data keys); it records every accepted message and answers its name. Errors come in
 * Google's JSON shape, with FCM's {@code FcmError} and {@code BadRequest} details.
 *
 * <p>Switches make the next sends fail as FCM does (503, 429, a slow answer). They queue up, one per
 * send: {@code failNextSends(2, null)} fails the next two sends.
 *
 * <p>Run tests with {@code -Dsun.net.httpserver.nodelay=true} (this module's surefire does): without
 * it the JDK's HttpServer answers each request about 40 ms late, Nagle's algorithm waiting on the
 * client's delayed ACK.
 */
public final class FakeFcm implements AutoCloseable {
    public static final String DEFAULT_PROJECT_ID = "jobsphere-test";
    public static final String FIREBASE_MESSAGING_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    /** Enough for a test's concurrent sends while some handlers sleep through a timeout. */
    private static final int HANDLER_THREADS = 16;
    private static final Pattern SEND_PATH = Pattern.compile("/v1/projects/([^/]+)/messages:send");
    private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";
    private static final Set<String> RESERVED_DATA_KEYS = Set.of("from", "notification", "message_type");
    /**
     * The audience google-auth writes into every assertion (1.57.0: {@code OAuth2Utils.TOKEN_SERVER_URI}),
     * whatever the file's {@code token_uri} to which it posts it. Google's endpoint accepts it; so does
     * the fake, and its own URL, which other clients put there.
     */
    private static final String GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token";
    /** Google accepts assertions whose clock is a little ahead. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /**
     * A service account's key: the private half goes into the credentials file, the public half
     * stays with the fake that trusts it.
     */
    public record ServiceAccountKey(String clientEmail, String privateKeyId, KeyPair keyPair) {
        public ServiceAccountKey {
            Objects.requireNonNull(clientEmail, "clientEmail");
            Objects.requireNonNull(privateKeyId, "privateKeyId");
            Objects.requireNonNull(keyPair, "keyPair");
        }

        /** A fresh RSA 2048 key, as Google makes for a service account. */
        public static ServiceAccountKey generate(String clientEmail) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return new ServiceAccountKey(clientEmail, UUID.randomUUID().toString().replace("-", ""),
                        generator.generateKeyPair());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("RSA is always available", e);
            }
        }

        /** The private key is left out, should a failing test print the key. */
        @Override
        public String toString() {
            return "ServiceAccountKey[clientEmail=" + clientEmail + ", privateKeyId=" + privateKeyId + "]";
        }
    }

    /** One message FCM accepted, as the adapter sent it. */
    public record DeliveredMessage(String name, String projectId, JsonNode request) {
        public String deviceToken() {
            return request.path("message").path("token").asText();
        }

        public String title() {
            return request.path("message").path("notification").path("title").asText();
        }

        public String body() {
            return request.path("message").path("notification").path("body").asText();
        }

        /** The data pairs; every value was a JSON string, or FCM would have refused the message. */
        public Map<String, String> data() {
            Map<String, String> data = new LinkedHashMap<>();
            request.path("message").path("data").properties()
                    .forEach(field -> data.put(field.getKey(), field.getValue().asText()));
            return data;
        }
    }

    private record Answer(int status, Map<String, String> headers, JsonNode body) {
    }

    /** A queued send fault: an answer given instead of the real one, or a delay before the real one. */
    private record Fault(Answer answer, Duration delay) {
    }

    private record IssuedToken(String value, Instant expiresAt) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String projectId;
    private final Map<String, ServiceAccountKey> trustedKeys = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> unregisteredTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> invalidTokens = ConcurrentHashMap.newKeySet();
    private final Queue<Fault> sendFaults = new ConcurrentLinkedQueue<>();
    private final AtomicInteger tokenFailures = new AtomicInteger();
    private final List<DeliveredMessage> delivered = new CopyOnWriteArrayList<>();
    private final List<String> tokenRefusals = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger sendAttempts = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile Duration accessTokenLifetime = Duration.ofHours(1);
    private volatile CountDownLatch tokenGate;
    private HttpServer server;
    private ExecutorService executor;

    /** A fake for {@value #DEFAULT_PROJECT_ID}. */
    public FakeFcm() {
        this(DEFAULT_PROJECT_ID);
    }

    /** A fake that knows one project; sends to any other are refused as FCM refuses them (403). */
    public FakeFcm(String projectId) {
        this.projectId = Objects.requireNonNull(projectId, "projectId");
    }

    /** Starts the fake on a free loopback port. */
    public FakeFcm start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fake FCM", e);
        }
        executor = Executors.newFixedThreadPool(HANDLER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fake-fcm");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public String projectId() {
        return projectId;
    }

    /** What to give the adapter as its API base, for example {@code http://127.0.0.1:40123}. */
    public URI apiBase() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** The token endpoint, to be written as {@code token_uri} in a service-account file. */
    public URI tokenUri() {
        return URI.create(apiBase() + "/token");
    }

    /** A new service-account key that this fake's token endpoint accepts. */
    public ServiceAccountKey issueServiceAccountKey() {
        ServiceAccountKey key = ServiceAccountKey.generate(
                "push-" + sequence.incrementAndGet() + "@" + projectId + ".iam.gserviceaccount.com");
        trustedKeys.put(key.clientEmail(), key);
        return key;
    }

    /** How long the access tokens issued from now on are valid; an hour, as Google's, unless set. */
    public void setAccessTokenLifetime(Duration lifetime) {
        accessTokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    /** The next {@code count} sends are answered 503 UNAVAILABLE, with this Retry-After unless null. */
    public void failNextSends(int count, String retryAfter) {
        Map<String, String> headers = retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter);
        for (int i = 0; i < count; i++) {
            sendFaults.add(new Fault(new Answer(503, headers, error(503, "UNAVAILABLE",
                    "The service is currently unavailable.", fcmError("UNAVAILABLE"))), Duration.ZERO));
        }
    }

    /** The next send is answered 429 RESOURCE_EXHAUSTED, FCM's QUOTA_EXCEEDED, without a Retry-After. */
    public void rateLimitNextSend() {
        sendFaults.add(new Fault(new Answer(429, Map.of(), error(429, "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Send requests' and limit 'Send requests per minute'.",
                fcmError("QUOTA_EXCEEDED"))), Duration.ZERO));
    }

    /**
     * The next {@code count} sends are answered 401 UNAUTHENTICATED whatever their access token, as
     * when the service account lost its permission.
     */
    public void refuseNextSendsAsUnauthenticated(int count) {
        for (int i = 0; i < count; i++) {
            sendFaults.add(new Fault(unauthenticated(), Duration.ZERO));
        }
    }

    /**
     * The next send is carried out, then answered only after {@code delay}: a delay past the client's
     * timeout loses the answer while the message is delivered, as a slow FCM may.
     */
    public void delayNextSend(Duration delay) {
        sendFaults.add(new Fault(null, Objects.requireNonNull(delay, "delay")));
    }

    /** Sends to this device token are answered 404 UNREGISTERED, as for an app that was uninstalled. */
    public void markUnregistered(String deviceToken) {
        unregisteredTokens.add(deviceToken);
    }

    /** Sends to this device token are answered 400 INVALID_ARGUMENT about {@code message.token}. */
    public void markInvalid(String deviceToken) {
        invalidTokens.add(deviceToken);
    }

    /**
     * Token requests from now on are held unanswered until {@link #releaseTokenRequests()}: a client waiting for
     * an access token has claimed a push and not sent it yet, the moment a fault test kills it at.
     */
    public void holdTokenRequests() {
        tokenGate = new CountDownLatch(1);
    }

    /** Answers the held token requests, and those to come at once. */
    public void releaseTokenRequests() {
        CountDownLatch gate = tokenGate;
        tokenGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    /** The next {@code count} token requests are answered 503. */
    public void failNextTokenRequests(int count) {
        tokenFailures.addAndGet(count);
    }

    /** Every access token issued so far stops working, as when a key is rotated: sends with one get 401. */
    public void revokeAccessTokens() {
        accessTokens.clear();
    }

    /** Every message accepted, in order. */
    public List<DeliveredMessage> delivered() {
        return List.copyOf(delivered);
    }

    public List<DeliveredMessage> deliveredTo(String deviceToken) {
        return delivered.stream().filter(message -> message.deviceToken().equals(deviceToken)).toList();
    }

    /** Requests to the token endpoint, granted or not. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** Why the token endpoint refused assertions, in order: what a failing test wants to know. */
    public List<String> tokenRefusals() {
        return List.copyOf(tokenRefusals);
    }

    /** Requests to {@code messages:send}, accepted or not. */
    public int sendAttempts() {
        return sendAttempts.get();
    }

    /** The access tokens this fake issued and still honours, for tests that look for them in logs. */
    public Set<String> issuedAccessTokens() {
        return Set.copyOf(accessTokens.keySet());
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
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean post = exchange.getRequestMethod().equals("POST");
            Matcher send = SEND_PATH.matcher(path);
            if (post && path.equals("/token")) {
                respond(exchange, answerSafely(() -> token(new String(body, StandardCharsets.UTF_8))));
            } else if (post && send.matches()) {
                sendAttempts.incrementAndGet();
                Fault fault = sendFaults.poll();
                if (fault != null && fault.answer() != null) {
                    respond(exchange, fault.answer());
                    return;
                }
                Answer answer = answerSafely(() -> send(exchange.getRequestHeaders().getFirst("Authorization"),
                        send.group(1), body));
                if (fault != null && !sleep(fault.delay())) {
                    return;
                }
                respond(exchange, answer);
            } else {
                respond(exchange, new Answer(404, Map.of(), error(404, "NOT_FOUND",
                        "Requested entity was not found.", null)));
            }
        } finally {
            exchange.close();
        }
    }

    /** A bug in the fake is answered as a 500 that names it, so the test that hit it says why. */
    private Answer answerSafely(Supplier<Answer> route) {
        try {
            return route.get();
        } catch (RuntimeException e) {
            return new Answer(500, Map.of(), error(500, "INTERNAL", "The fake FCM failed: " + e, null));
        }
    }

    private Answer token(String form) {
        tokenRequests.incrementAndGet();
        awaitGate();
        if (tokenFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Answer(503, Map.of(), oauthError("temporarily_unavailable", "Try again later."));
        }
        Map<String, String> params = decodeForm(form);
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(params.get("grant_type"))) {
            return new Answer(400, Map.of(), oauthError("unsupported_grant_type", "Invalid grant_type."));
        }
        String refusal = refusalOf(params.get("assertion"));
        if (refusal != null) {
            tokenRefusals.add(refusal);
            return new Answer(400, Map.of(), oauthError("invalid_grant", refusal));
        }
        Duration lifetime = accessTokenLifetime;
        String value = "ya29.fake-" + sequence.incrementAndGet() + "-" + UUID.randomUUID();
        accessTokens.put(value, new IssuedToken(value, Instant.now().plus(lifetime)));
        ObjectNode granted = json.createObjectNode();
        granted.put("access_token", value);
        granted.put("expires_in", lifetime.toSeconds());
        granted.put("token_type", "Bearer");
        return new Answer(200, Map.of(), granted);
    }

    /** Why Google would refuse this JWT assertion, or null when it is good. */
    private String refusalOf(String assertion) {
        if (assertion == null) {
            return "Missing assertion.";
        }
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            return "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.";
        }
        JsonNode header = decodeJson(parts[0]);
        JsonNode claims = decodeJson(parts[1]);
        ServiceAccountKey key = trustedKeys.get(claims.path("iss").asText());
        if (key == null || !"RS256".equals(header.path("alg").asText())
                || !key.privateKeyId().equals(header.path("kid").asText())
                || !signatureHolds(parts, key.keyPair().getPublic())) {
            return "Invalid JWT Signature.";
        }
        String audience = claims.path("aud").asText();
        if (!audience.equals(GOOGLE_TOKEN_AUDIENCE) && !audience.equals(tokenUri().toString())) {
            return "Invalid JWT: Failed audience check.";
        }
        if (!Arrays.asList(claims.path("scope").asText().split(" ")).contains(FIREBASE_MESSAGING_SCOPE)) {
            return "Invalid JWT: no scope for Firebase Cloud Messaging.";
        }
        Instant now = Instant.now();
        Instant issuedAt = Instant.ofEpochSecond(claims.path("iat").asLong());
        Instant expiresAt = Instant.ofEpochSecond(claims.path("exp").asLong());
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW)) || !expiresAt.isAfter(now)
                || expiresAt.isAfter(issuedAt.plus(Duration.ofHours(1)))) {
            return "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.";
        }
        return null;
    }

    private static boolean signatureHolds(String[] parts, PublicKey publicKey) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(publicKey);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private Answer send(String authorization, String project, byte[] body) {
        if (!honoured(authorization)) {
            return unauthenticated();
        }
        if (!project.equals(projectId)) {
            return new Answer(403, Map.of(), error(403, "PERMISSION_DENIED", "Permission "
                    + "'cloudmessaging.messages.create' denied on resource '//cloudresourcemanager.googleapis.com/"
                    + "projects/" + project + "' (or it may not exist).", null));
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (IOException e) {
            return invalidArgument("Invalid JSON payload received.", null);
        }
        String violation = violationIn(request);
        if (violation != null) {
            return invalidArgument("Invalid value at '" + violation + "'", violation);
        }
        String deviceToken = request.path("message").path("token").asText();
        if (unregisteredTokens.contains(deviceToken)) {
            return new Answer(404, Map.of(), error(404, "NOT_FOUND", "Requested entity was not found.",
                    fcmError("UNREGISTERED")));
        }
        if (invalidTokens.contains(deviceToken)) {
            return invalidArgument("The registration token is not a valid FCM registration token", "message.token");
        }
        String name = "projects/" + project + "/messages/0:" + sequence.incrementAndGet() + "%fakefcm";
        delivered.add(new DeliveredMessage(name, project, request));
        ObjectNode accepted = json.createObjectNode();
        accepted.put("name", name);
        return new Answer(200, Map.of(), accepted);
    }

    private Answer unauthenticated() {
        return new Answer(401, Map.of(), error(401, "UNAUTHENTICATED", "Request had invalid authentication "
                + "credentials. Expected OAuth 2 access token, login cookie or other valid authentication "
                + "credential.", null));
    }

    /** Holds a token request while {@link #holdTokenRequests()} is in force; closing the fake lets it go. */
    private void awaitGate() {
        CountDownLatch gate = tokenGate;
        if (gate == null) {
            return;
        }
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean honoured(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        IssuedToken token = accessTokens.get(authorization.substring("Bearer ".length()));
        return token != null && token.expiresAt().isAfter(Instant.now());
    }

    /**
     * The field FCM would refuse, or null. Like FCM, it refuses unknown fields, a missing token,
     * data values that are not strings and the data keys FCM reserves for itself.
     */
    private static String violationIn(JsonNode request) {
        if (!request.isObject() || !onlyFields(request, Set.of("message"))) {
            return "message";
        }
        JsonNode message = request.path("message");
        if (!message.isObject() || !onlyFields(message, Set.of("token", "notification", "data"))) {
            return "message";
        }
        if (!message.path("token").isTextual() || message.path("token").asText().isEmpty()) {
            return "message.token";
        }
        JsonNode notification = message.path("notification");
        if (!notification.isMissingNode() && (!notification.isObject()
                || !onlyFields(notification, Set.of("title", "body"))
                || !textualOrMissing(notification.path("title")) || !textualOrMissing(notification.path("body")))) {
            return "message.notification";
        }
        JsonNode data = message.path("data");
        if (data.isMissingNode()) {
            return null;
        }
        if (!data.isObject()) {
            return "message.data";
        }
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (!field.getValue().isTextual() || RESERVED_DATA_KEYS.contains(key) || key.startsWith("google")
                    || key.startsWith("gcm")) {
                return "message.data[" + field.getKey() + "]";
            }
        }
        return null;
    }

    private static boolean onlyFields(JsonNode object, Set<String> allowed) {
        return object.properties().stream().allMatch(field -> allowed.contains(field.getKey()));
    }

    private static boolean textualOrMissing(JsonNode node) {
        return node.isMissingNode() || node.isTextual();
    }

    private Answer invalidArgument(String message, String field) {
        ObjectNode error = error(400, "INVALID_ARGUMENT", message, fcmError("INVALID_ARGUMENT"));
        if (field != null) {
            ObjectNode badRequest = ((ArrayNode) error.path("error").path("details")).addObject();
            badRequest.put("@type", BAD_REQUEST);
            ObjectNode violation = badRequest.putArray("fieldViolations").addObject();
            violation.put("field", field);
            violation.put("description", message);
        }
        return new Answer(400, Map.of(), error);
    }

    private ObjectNode fcmError(String errorCode) {
        ObjectNode detail = json.createObjectNode();
        detail.put("@type", FCM_ERROR);
        detail.put("errorCode", errorCode);
        return detail;
    }

    /** Google's error JSON: {@code {"error": {"code", "message", "status", "details": [...]}}}. */
    private ObjectNode error(int code, String status, String message, ObjectNode detail) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.put("status", status);
        if (detail != null) {
            error.putArray("details").add(detail);
        }
        return root;
    }

    private ObjectNode oauthError(String error, String description) {
        ObjectNode root = json.createObjectNode();
        root.put("error", error);
        root.put("error_description", description);
        return root;
    }

    private JsonNode decodeJson(String base64Url) {
        try {
            return json.readTree(Base64.getUrlDecoder().decode(base64Url));
        } catch (IOException | IllegalArgumentException e) {
            return json.missingNode();
        }
    }

    private static Map<String, String> decodeForm(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = json.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
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
