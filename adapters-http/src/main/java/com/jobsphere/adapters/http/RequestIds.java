package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id (CONTRACT.md §14): the client's {@code X-Request-Id} when it is at most 128 characters
 * of {@code [A-Za-z0-9._-]}, else a new one. It is echoed in the response's {@code X-Request-Id}, kept in the SLF4J
 * MDC as {@code requestId} (with {@code userId} once the caller is known) so that every log line of the request
 * carries it, and handed to other threads by {@link #carrying(Executor)}.
 *
 * <p>Each request ends with one access line: method, route template, status and duration, as text in the message
 * and as key-value pairs for the JSON log. Only those are logged, never headers or bodies, which carry tokens and
 * passwords.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String USER_MDC_KEY = "userId";
    /** What a client's id may be; anything else is replaced, so a log line can never be forged through it. */
    static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final String ATTRIBUTE = "jobsphere.requestId";
    private static final Logger LOG = LoggerFactory.getLogger("com.jobsphere.adapters.http.requests");

    private RequestIds() {
    }

    static void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            // A pooled thread may still hold what an earlier request left, had it ended in a way that skipped the
            // access line: nothing of another request's caller may show up in this one's lines.
            MDC.remove(USER_MDC_KEY);
            String id = idFor(ctx.header(HEADER));
            ctx.attribute(ATTRIBUTE, id);
            ctx.header(HEADER, id);
            MDC.put(MDC_KEY, id);
        });
        config.requestLogger.http(RequestIds::accessLine);
    }

    /** The caller is known: their id goes on every later line of the request. */
    static void identified(String userId) {
        MDC.put(USER_MDC_KEY, userId);
    }

    /** The id of the request, or "-" if it failed before one was given. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    /** The client's id if it is acceptable, else a new one. */
    static String idFor(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    }

    /**
     * An executor that runs each task with the MDC of the thread that handed it over, request id and user id
     * included, and leaves the worker's MDC as it found it.
     */
    static Executor carrying(Executor executor) {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            executor.execute(() -> {
                Map<String, String> before = MDC.getCopyOfContextMap();
                setContext(context);
                try {
                    task.run();
                } finally {
                    setContext(before);
                }
            });
        };
    }

    private static void setContext(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }

    private static void accessLine(Context ctx, Float milliseconds) {
        try {
            String route = HttpMetrics.route(ctx);
            long durationMillis = Math.round(milliseconds);
            LOG.atInfo()
                    .addKeyValue("method", ctx.method().name())
                    .addKeyValue("route", route)
                    .addKeyValue("status", ctx.statusCode())
                    .addKeyValue("durationMs", durationMillis)
                    .log("[{}] {} {} -> {} in {} ms", of(ctx), ctx.method(), loggedPath(ctx, route), ctx.statusCode(),
                            durationMillis);
        } finally {
            MDC.remove(MDC_KEY);
            MDC.remove(USER_MDC_KEY);
        }
    }

    /**
     * The path with its parameters filled in, except a parameter named like a token (a push device's token in
     * {@code /api/notifications/devices/{token}}), which is hidden: tokens never reach the logs.
     */
    static String loggedPath(Context ctx, String route) {
        if (HttpMetrics.UNMATCHED.equals(route)) {
            return ctx.path();
        }
        String path = route;
        for (Map.Entry<String, String> parameter : ctx.pathParamMap().entrySet()) {
            boolean secret = parameter.getKey().toLowerCase(Locale.ROOT).contains("token");
            path = path.replace("{" + parameter.getKey() + "}", secret ? "<hidden>" : parameter.getValue());
        }
        return path;
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
