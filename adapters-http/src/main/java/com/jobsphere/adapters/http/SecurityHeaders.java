package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers of CONTRACT.md §13. Every response: {@code X-Content-Type-Options: nosniff} and
 * {@code Referrer-Policy: no-referrer}. A response that carries tokens: {@code Cache-Control: no-store}. An HTML
 * page: a Content-Security-Policy that forbids framing; the development gateway's pages allow nothing else but
 * their own style sheet and posting their forms to this origin.
 */
final class SecurityHeaders {
    static final String NOSNIFF = "X-Content-Type-Options";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String CSP = "Content-Security-Policy";
    static final String CACHE_CONTROL = "Cache-Control";

    private SecurityHeaders() {
    }

    static void register(JavalinConfig config) {
        config.routes.before(SecurityHeaders::addTo);
    }

    static void addTo(Context ctx) {
        ctx.header(NOSNIFF, "nosniff");
        ctx.header(REFERRER_POLICY, "no-referrer");
    }

    static void addTo(HttpFields.Mutable fields) {
        fields.put(NOSNIFF, "nosniff");
        fields.put(REFERRER_POLICY, "no-referrer");
    }

    /** For a response holding an access or refresh token: no cache, shared or private, may keep it. */
    static void noStore(Context ctx) {
        ctx.header(CACHE_CONTROL, "no-store");
    }

    /** The policy of a page whose only style is the inline sheet {@code style}, allowed by its hash. */
    static String pagePolicy(String style) {
        return "default-src 'none'; style-src '" + sha256(style) + "'; form-action 'self'; base-uri 'none'; "
                + "frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
