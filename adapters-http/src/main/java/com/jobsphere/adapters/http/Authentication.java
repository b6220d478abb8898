package com.jobsphere.adapters.http;

import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.Authenticate;
import com.jobsphere.application.auth.ClaimedCaller;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.UserId;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Set;

/**
 * Authentication of {@code /api/*}, in one place: a before-handler that runs only for requests that
 * match a route (so an unknown path is 404 and a wrong method 405, not 401), and lets through the
 * routes marked {@link Access#PUBLIC}. Roles and ownership are for the use cases to check.
 */
final class Authentication {
    private static final String CALLER = "jobsphere.caller";
    private static final String CLAIMED = "jobsphere.claimedCaller";
    private static final String BEARER = "bearer ";

    enum Access implements RouteRole {
        /** A route that needs no access token. */
        PUBLIC,
        /**
         * A route whose use case proves in its own read that the token's user exists (a {@link ClaimedCaller}): the
         * token is verified here, the user's row is left to the use case.
         */
        CALLER_PROVEN_BY_USE_CASE
    }

    private final UseCases useCases;

    Authentication(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(JavalinConfig config) {
        config.routes.beforeMatched("/api/*", this::authenticate);
    }

    private void authenticate(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        Authenticate.Query token = new Authenticate.Query(bearerToken(ctx.header(Header.AUTHORIZATION)));
        if (roles.contains(Access.CALLER_PROVEN_BY_USE_CASE)) {
            ClaimedCaller claimed = useCases.authenticate().claim(token);
            ctx.attribute(CLAIMED, claimed);
            RequestIds.identified(claimed.caller().userId().value());
            return;
        }
        Caller caller = useCases.authenticate().execute(token);
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

    /**
     * The token's caller on a {@link Access#CALLER_PROVEN_BY_USE_CASE} route. A route that reaches here without one is
     * refused, never served.
     */
    static ClaimedCaller claimed(Context ctx) {
        ClaimedCaller claimed = ctx.attribute(CLAIMED);
        if (claimed == null) {
            throw new Unauthenticated("Authentication required");
        }
        return claimed;
    }

    /**
     * The user id the request's verified access token names, proven to exist or only {@link #claimed}: what scopes
     * an Idempotency-Key. A request without a verified token is refused.
     */
    static UserId tokenUserId(Context ctx) {
        ClaimedCaller claimed = ctx.attribute(CLAIMED);
        return claimed != null ? claimed.caller().userId() : caller(ctx).userId();
    }

    /**
     * The authenticated caller of this request. A route that reaches here without one is refused, never served: a
     * {@link Access#CALLER_PROVEN_BY_USE_CASE} route has only a {@link #claimed} caller.
     */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new Unauthenticated("Authentication required");
        }
        return caller;
    }
}
