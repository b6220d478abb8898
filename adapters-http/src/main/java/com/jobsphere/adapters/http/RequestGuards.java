package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every {@code /api} request must be before any handler looks at it (CONTRACT.md §13), checked for the
 * routes that matched, so an unknown path stays 404:
 * <ul>
 * <li>a body is JSON, said so by its Content-Type (a {@code charset} parameter is fine); anything else is 415.
 * This also shuts out the "simple" cross-site requests a browser sends without asking: forms and
 * {@code text/plain}. A POST with no body may leave the Content-Type out;</li>
 * <li>no query or path parameter holds a NUL or an unpaired surrogate (bodies are checked as they are parsed).</li>
 * </ul>
 */
final class RequestGuards {
    static final String JSON_REQUIRED = "Content-Type must be application/json";

    private RequestGuards() {
    }

    static void register(JavalinConfig config) {
        config.routes.beforeMatched("/api/*", RequestGuards::check);
    }

    private static void check(Context ctx) {
        if (hasBody(ctx) && !isJson(ctx.header(Header.CONTENT_TYPE))) {
            throw new UnsupportedMediaType();
        }
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            Texts.requireClean("Query parameter names", parameter.getKey());
            for (String value : parameter.getValue()) {
                Texts.requireClean(parameter.getKey(), value);
            }
        }
        ctx.pathParamMap().forEach(Texts::requireClean);
    }

    /** A declared length above zero, or a body sent in chunks. */
    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header(Header.TRANSFER_ENCODING) != null;
    }

    /** {@code application/json}, in any case, with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return mediaType.toLowerCase(Locale.ROOT).equals(Json.CONTENT_TYPE);
    }

    /** 415, answered in the envelope by the one error mapper. */
    static final class UnsupportedMediaType extends HttpResponseException {
        private static final long serialVersionUID = 1L;

        UnsupportedMediaType() {
            super(415, JSON_REQUIRED);
        }
    }
}
