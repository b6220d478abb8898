package com.jobsphere.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A small JSON client for the running service, on the JDK's {@link HttpClient}. Every request sends
 * {@code Content-Type: application/json}, as the Flutter app does, even a POST without a body. Every exchange is
 * checked against the OpenAPI document ({@link OpenApiContract}), so the whole suite keeps the document honest.
 *
 * <pre>{@code
 * Response wallet = api.get("/api/wallet").as(customer).send();
 * Response offer = api.post("/api/job-request/" + applicationId + "/send-offer").as(customer)
 *         .json(Map.of("amount", 100, "timeline", "2 weeks", "description", "As described in the post"))
 *         .send();
 * }</pre>
 */
public final class Api {
    /** Long enough for a slow Argon2 hash on a busy machine, short enough that a hung server fails the test. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient client;

    public Api(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Where the service listens, such as {@code http://localhost:41234}: what a browser opens. */
    public String baseUrl() {
        return baseUrl;
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call patch(String path) {
        return new Call("PATCH", path);
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** One request being built; {@link #send()} sends it. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body = "";

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("Content-Type", "application/json");
        }

        /** Authenticates as the user, with their current access token. */
        public Call as(User user) {
            return bearer(user.accessToken());
        }

        public Call bearer(String accessToken) {
            return header("Authorization", "Bearer " + accessToken);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** No Content-Type header at all. */
        public Call withoutContentType() {
            headers.remove("Content-Type");
            return this;
        }

        public Call idempotencyKey(String key) {
            return header("Idempotency-Key", key);
        }

        /** A body serialized by Jackson: a {@code Map}, a {@code JsonNode}, a record. */
        public Call json(Object value) {
            try {
                this.body = Json.MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not serializable to JSON: " + value, e);
            }
            return this;
        }

        /** A body sent exactly as given, for malformed or hand-written JSON. */
        public Call raw(String text) {
            this.body = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Sends the request; the exchange must be one openapi.yaml describes ({@link OpenApiContract}). */
        public Response send() {
            Response response = exchange();
            OpenApiContract.check(method, path, headers, body, response);
            return response;
        }

        private Response exchange() {
            try {
                return Response.of(client.send(build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " was interrupted", e);
            }
        }

        private HttpRequest build() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(REQUEST_TIMEOUT)
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(builder::header);
            return builder.build();
        }
    }
}
