package com.jobsphere.adapters.http;

import com.jobsphere.application.common.RequestReplayed;
import com.jobsphere.application.port.IdempotentRequest;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.function.Function;

/**
 * How JSON routes are registered, so that each route states its cross-cutting needs in one word:
 * {@link #post} is authenticated and takes an {@code Idempotency-Key}, {@link #publicPost} neither, and so on.
 * Authentication itself happens in {@link Authentication}, for every {@code /api} route not registered as public.
 * A keyed route's handler runs its use case through {@link #keyed}.
 */
final class Api {
    private final JavalinConfig config;
    private final Json json;
    private final Idempotency idempotency;

    Api(JavalinConfig config, Json json, Idempotency idempotency) {
        this.config = config;
        this.json = json;
        this.idempotency = idempotency;
    }

    /** An authenticated read. */
    void get(String path, JsonHandler handler) {
        config.routes.get(path, ctx -> send(ctx, handler));
    }

    /**
     * An authenticated read whose use case proves the caller exists in its own read (the handler takes
     * {@link Authentication#claimed}): one round trip to the database fewer than {@link #get}.
     */
    void getProvingCaller(String path, JsonHandler handler) {
        config.routes.get(path, ctx -> send(ctx, handler), Authentication.Access.CALLER_PROVEN_BY_USE_CASE);
    }

    /** An authenticated change that is not a POST, so it takes no Idempotency-Key. */
    void patch(String path, JsonHandler handler) {
        config.routes.patch(path, ctx -> send(ctx, handler));
    }

    /** An authenticated DELETE; repeating it has the same effect, so it takes no Idempotency-Key. */
    void delete(String path, JsonHandler handler) {
        config.routes.delete(path, ctx -> send(ctx, handler));
    }

    /**
     * An authenticated, state-changing POST that honours Idempotency-Key: its handler must call {@link #keyed}.
     * A request answered before with the same key is replayed instead.
     */
    void post(String path, JsonHandler handler) {
        keyedPost(path, handler);
    }

    /**
     * A {@link #post} whose use case proves the caller exists in its own transaction (the handler takes
     * {@link Authentication#claimed}): one round trip to the database fewer.
     */
    void postProvingCaller(String path, JsonHandler handler) {
        keyedPost(path, handler, Authentication.Access.CALLER_PROVEN_BY_USE_CASE);
    }

    private void keyedPost(String path, JsonHandler handler, RouteRole... roles) {
        config.routes.post(path, ctx -> {
            try {
                send(ctx, handler);
                Idempotency.requireConsumed(ctx);
            } catch (RequestReplayed replayed) {
                Idempotency.replay(ctx, replayed.response());
            }
        }, roles);
    }

    /**
     * Runs a keyed use case: {@code call} gets the request to put in its command (null without a key), and the
     * result is rendered by {@code reply}, the same function that renders the response recorded for replay.
     */
    <R> Reply keyed(Context ctx, Function<IdempotentRequest<R>, R> call, Function<R, Reply> reply) {
        IdempotentRequest<R> request = idempotency.requestOf(ctx, reply);
        return reply.apply(call.apply(request));
    }

    /** An authenticated POST that needs no replay: repeating it has the same effect (logout). */
    void postWithoutReplay(String path, JsonHandler handler) {
        config.routes.post(path, ctx -> send(ctx, handler));
    }

    /** A POST that needs no access token (register, login, refresh, webhooks). */
    void publicPost(String path, JsonHandler handler) {
        config.routes.post(path, ctx -> send(ctx, handler), Authentication.Access.PUBLIC);
    }

    /** A GET that needs no access token. */
    void publicGet(String path, JsonHandler handler) {
        config.routes.get(path, ctx -> send(ctx, handler), Authentication.Access.PUBLIC);
    }

    private void send(Context ctx, JsonHandler handler) throws Exception {
        Reply reply = handler.handle(ctx);
        Responses.json(ctx, reply.status(), json.write(reply.body()));
    }
}
