package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id: in the {@code X-Request-Id} response header, in the SLF4J MDC as
 * {@code requestId}, and in every log line this module writes. Only method, path, status and time are
 * logged: never headers or bodies, which carry tokens and passwords.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "jobsphere.requestId";
    private static final Logger LOG = LoggerFactory.getLogger("com.jobsphere.adapters.http.requests");

    private RequestIds() {
    }

    static void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            String id = newId();
            ctx.attribute(ATTRIBUTE, id);
            ctx.header(HEADER, id);
            MDC.put(MDC_KEY, id);
        });
        config.routes.after(ctx -> MDC.remove(MDC_KEY));
        config.requestLogger.http((ctx, milliseconds) -> LOG.info("[{}] {} {} -> {} in {} ms",
                of(ctx), ctx.method(), ctx.path(), ctx.statusCode(), Math.round(milliseconds)));
    }

    /** The id of the request, or "-" if it failed before one was given. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
