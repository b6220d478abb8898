package com.jobsphere.adapters.http;

import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.Authenticate;
import com.jobsphere.domain.common.Unauthenticated;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * Authentication of {@code /api/*}, in one place: a before-handler that runs only for requests that
 * match a route (so an unknown path is 404 and a wrong method 405, not 401), and lets through the
 * routes marked {@link Access#PUBLIC}. Roles and ownership are for the use cases to check.
 */
final class Authentication {
    private static final String CALLER = "jobsphere.caller";
    private static final String BEARER = "bearer ";

    /** Marks a route that needs no access token. */
    enum Access implements RouteRole {
        PUBLIC
    }

    private final UseCases useCases;

    Authentication(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(JavalinConfig config) {
        config.routes.beforeMatched("/api/*", this::authenticate);
    }

    private void authenticate(Context ctx) {
        if (ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        Caller caller = useCases.authenticate().execute(
                new Authenticate.Query(bearerToken(ctx.header(Header.AUTHORIZATION))));
        ctx.attribute(CALLER, caller);
        RequestIds.identified(caller.userId().value());
    }

    /** The token of an {@code Authorization: Bearer <token>} header; refuses anything else. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new Unauthenticated("Authentication required");
        }
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new Unauthenticated("Authorization header must be: Bearer <token>");
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.isEmpty()) {
            throw new Unauthenticated("Authorization header must be: Bearer <token>");
        }
        return token;
    }

    /** The authenticated caller of this request. A route that reaches here without one is refused, never served. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new Unauthenticated("Authentication required");
        }
        return caller;
    }
}
