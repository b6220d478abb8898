package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * How JSON routes are registered, so that each route states its cross-cutting needs in one word:
 * {@link #post} is authenticated and idempotent, {@link #publicPost} neither, and so on. Authentication
 * itself happens in {@link Authentication}, for every {@code /api} route not registered as public.
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

    /** An authenticated change that is not a POST, so it takes no Idempotency-Key. */
    void patch(String path, JsonHandler handler) {
        config.routes.patch(path, ctx -> send(ctx, handler));
    }

    /** An authenticated, state-changing POST that honours Idempotency-Key. */
    void post(String path, JsonHandler handler) {
        config.routes.post(path, ctx -> idempotency.run(ctx, handler));
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
        Responses.json(ctx, reply.status(), json.write(reply.envelope()));
    }
}
