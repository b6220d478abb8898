package com.jobsphere.adapters.http;

import com.jobsphere.domain.common.NotFound;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * Typed ids from path parameters. A parameter no id could have (blank, or longer than any id) names nothing,
 * so it is the resource's 404, the same answer as an id that does not exist.
 */
final class PathIds {
    private PathIds() {
    }

    static <T> T of(Context ctx, String parameter, String what, Function<String, T> id) {
        String value = ctx.pathParam(parameter);
        try {
            return id.apply(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound(what);
        }
    }
}
