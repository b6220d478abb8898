package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The operators' console (CONTRACT.md §14): one static page, its style sheet, script and icon, read from the jar
 * once at start-up. The page calls the JSON admin API on this origin with the operator's bearer token, so loading
 * it needs none. Each file carries its own strict Content-Security-Policy: only this origin's script, style and
 * connections, nothing inline, no framing. This policy is the console's own and is set here, on these routes only,
 * so a general rule for other HTML pages never loosens or replaces it.
 */
final class ConsoleRoutes {
    static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String RESOURCES = "/console/";

    private final byte[] page = resource("index.html");
    private final byte[] styleSheet = resource("console.css");
    private final byte[] script = resource("console.js");
    private final byte[] icon = resource("favicon.svg");

    void addTo(JavalinConfig config) {
        config.routes.get("/admin", ctx -> send(ctx, "text/html; charset=utf-8", page));
        config.routes.get("/admin/console.css", ctx -> send(ctx, "text/css; charset=utf-8", styleSheet));
        config.routes.get("/admin/console.js", ctx -> send(ctx, "text/javascript; charset=utf-8", script));
        config.routes.get("/admin/favicon.svg", ctx -> send(ctx, "image/svg+xml", icon));
    }

    /**
     * {@code no-cache} makes a browser ask again (cheaply, as the files are small) so a new release is never mixed
     * with an old script; {@code nosniff} and {@code no-referrer} are CONTRACT.md §13's headers for every response.
     */
    private static void send(Context ctx, String contentType, byte[] body) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType(contentType).result(body);
    }

    /** A file of the console; one missing from the jar is a broken build, so it fails at start-up. */
    private static byte[] resource(String name) {
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("The console's " + name + " is not in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The console's " + name + " could not be read", e);
        }
    }
}
