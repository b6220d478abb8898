package com.jobsphere.adapters.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Writes response bodies as UTF-8 bytes, so the bytes sent never depend on the container's default charset. */
final class Responses {
    private static final String HTML = "text/html; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType(Json.CONTENT_TYPE).result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** One of the development gateway's pages, under its Content-Security-Policy. */
    static void html(Context ctx, int status, String body) {
        ctx.header(SecurityHeaders.CSP, Html.POLICY);
        ctx.status(status).contentType(HTML).result(body.getBytes(StandardCharsets.UTF_8));
    }
}
