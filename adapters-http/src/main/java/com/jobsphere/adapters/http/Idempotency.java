package com.jobsphere.adapters.http;

import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.domain.common.DomainException;
import com.jobsphere.domain.common.ValidationFailed;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

/**
 * The HTTP side of {@code Idempotency-Key} (CONTRACT.md §1 and §11): it knows the key and how a result reads on
 * the wire, so it makes the {@link IdempotentRequest} that the use case's unit of work takes part in. The key
 * and the response to replay are written in the transaction of the request's effect; this class only builds
 * them and sends a replay with {@value #REPLAYED_HEADER}.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CONSUMED = "jobsphere.idempotencyKeyConsumed";

    private final Json json;

    Idempotency(Json json) {
        this.json = json;
    }

    /**
     * The request of this call as the use case is to record it, or null when the client sent no key. A route
     * that accepts a key must call this, so that no key is silently ignored (see {@link #requireConsumed}).
     */
    <R> IdempotentRequest<R> requestOf(Context ctx, Function<R, Reply> reply) {
        ctx.attribute(CONSUMED, Boolean.TRUE);
        String key = ctx.header(HEADER);
        if (key == null) {
            return null;
        }
        checkKey(key);
        RequestKey requestKey = new RequestKey(Authentication.tokenUserId(ctx), key,
                requestHash(ctx.method().name(), ctx.path(), ctx.body()));
        return new HttpRequest<>(requestKey, reply, json);
    }

    /** A route registered as keyed whose handler never looked at the key is a programmer error, not a no-op. */
    static void requireConsumed(Context ctx) {
        if (ctx.header(HEADER) != null && ctx.attribute(CONSUMED) == null) {
            throw new IllegalStateException("Route " + ctx.endpoint().path + " accepts " + HEADER + " but ignored it");
        }
    }

    /** Sends a recorded response again, byte for byte. */
    static void replay(Context ctx, RecordedResponse response) {
        ctx.header(REPLAYED_HEADER, "true");
        Responses.json(ctx, response.status(), response.body());
    }

    static void checkKey(String key) {
        if (key.isBlank()) {
            throw new ValidationFailed(HEADER, HEADER + " must not be empty");
        }
        if (key.length() > RequestKey.MAXIMUM_KEY_LENGTH) {
            throw new ValidationFailed(HEADER, HEADER + " must be at most " + RequestKey.MAXIMUM_KEY_LENGTH + " characters");
        }
    }

    /**
     * SHA-256 (hex) of method, path and raw body, each separated by a newline so that no two different
     * requests can be spelled the same way ("POST" + "/a" + "b" is not "POST" + "/ab" + "").
     */
    static String requestHash(String method, String path, String body) {
        MessageDigest digest = sha256();
        digest.update(method.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** A keyed request: its response is rendered exactly as the route renders it, so a replay is byte-identical. */
    private record HttpRequest<R>(RequestKey key, Function<R, Reply> reply, Json json) implements IdempotentRequest<R> {
        HttpRequest {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(json, "json");
        }

        @Override
        public RecordedResponse respond(R result) {
            Reply rendered = reply.apply(result);
            return new RecordedResponse(rendered.status(), json.write(rendered.body()));
        }

        @Override
        public RecordedResponse refuse(DomainException refusal) {
            Reply rendered = Reply.refusal(refusal);
            return new RecordedResponse(rendered.status(), json.write(rendered.body()));
        }
    }
}
