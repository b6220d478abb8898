package com.jobsphere.adapters.http;

import com.jobsphere.application.common.IdempotentRequests;
import com.jobsphere.domain.common.ValidationFailed;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Idempotency-Key} wrapper of state-changing POSTs, with Stripe's semantics: the first
 * request with a key runs and its response (success or refusal) is stored; a retry with the same key
 * and body gets that response again, byte for byte, and nothing runs twice. A fault (5xx) or a lost race
 * (409 from a concurrent update) is not stored: the key is released so that a retry may run the request.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAXIMUM_KEY_LENGTH = 255;
    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);

    private final IdempotentRequests requests;
    private final Json json;
    private final ErrorMapper errors;

    Idempotency(IdempotentRequests requests, Json json, ErrorMapper errors) {
        this.requests = requests;
        this.json = json;
        this.errors = errors;
    }

    /** Runs {@code handler} at most once per caller and key; without a key it simply runs it. */
    void run(Context ctx, JsonHandler handler) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            Reply reply = handler.handle(ctx);
            Responses.json(ctx, reply.status(), json.write(reply.envelope()));
            return;
        }
        checkKey(key);
        String userId = Authentication.caller(ctx).userId();
        String hash = requestHash(ctx.method().name(), ctx.path(), ctx.body());
        Optional<IdempotentRequests.Replay> replay = requests.claim(userId, key, hash);
        if (replay.isPresent()) {
            ctx.header(REPLAYED_HEADER, "true");
            Responses.json(ctx, replay.get().status(), replay.get().body());
            return;
        }
        Outcome outcome = runClaimed(ctx, handler, userId, key);
        try {
            requests.complete(userId, key, outcome.status(), outcome.body());
        } catch (RuntimeException storeFailed) {
            // The request itself has taken effect, so its answer is still the truthful one to send; a
            // retry with this key will be told it is still in progress until the record goes stale.
            LOG.error("[{}] could not store the response of an idempotent request", RequestIds.of(ctx), storeFailed);
        }
        Responses.json(ctx, outcome.status(), outcome.body());
    }

    private record Outcome(int status, String body) {
    }

    private Outcome runClaimed(Context ctx, JsonHandler handler, String userId, String key) throws Exception {
        try {
            Reply reply = handler.handle(ctx);
            return new Outcome(reply.status(), json.write(reply.envelope()));
        } catch (Exception thrown) {
            if (ErrorMapper.isTransient(thrown)) {
                release(userId, key, thrown);
                throw thrown;
            }
            ErrorMapper.Failure failure = ErrorMapper.map(thrown);
            return new Outcome(failure.status(), errors.body(failure));
        } catch (Error fatal) {
            release(userId, key, fatal);
            throw fatal;
        }
    }

    private void release(String userId, String key, Throwable cause) {
        try {
            requests.release(userId, key);
        } catch (RuntimeException releaseFailed) {
            cause.addSuppressed(releaseFailed);
        }
    }

    static void checkKey(String key) {
        if (key.isBlank()) {
            throw new ValidationFailed(HEADER, HEADER + " must not be empty");
        }
        if (key.length() > MAXIMUM_KEY_LENGTH) {
            throw new ValidationFailed(HEADER, HEADER + " must be at most " + MAXIMUM_KEY_LENGTH + " characters");
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
}
