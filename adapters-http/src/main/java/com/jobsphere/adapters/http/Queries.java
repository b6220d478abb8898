package com.jobsphere.adapters.http;

import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.common.WireNames;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters, each refused by name when malformed. Absent or empty means the default. */
final class Queries {
    static final int DEFAULT_PAGE = 1;
    static final int DEFAULT_LIMIT = 20;

    private Queries() {
    }

    /** {@code page} ≥ 1 (default 1) and {@code limit} 1 to 100 (default 20). */
    static PageRequest page(Context ctx) {
        return parsePage(ctx.queryParam("page"), ctx.queryParam("limit"));
    }

    static PageRequest parsePage(String page, String limit) {
        int pageNumber = integer(page, "page", DEFAULT_PAGE, 1, Integer.MAX_VALUE,
                "page must be a whole number of at least 1");
        int pageSize = integer(limit, "limit", DEFAULT_LIMIT, 1, PageRequest.MAXIMUM_LIMIT,
                "limit must be a whole number from 1 to " + PageRequest.MAXIMUM_LIMIT);
        return new PageRequest(pageNumber, pageSize);
    }

    /** A yes-or-no filter such as {@code unread=true}: {@code true} or {@code false}, false when absent. */
    static boolean flag(Context ctx, String name) {
        return parseFlag(ctx.queryParam(name), name);
    }

    static boolean parseFlag(String value, String name) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ValidationFailed(name, name + " must be true or false");
    }

    /** An optional state filter such as {@code status=in_progress}; null when absent. */
    static <E extends Enum<E>> E optionalEnum(Context ctx, String name, Class<E> type) {
        return parseEnum(ctx.queryParam(name), name, type);
    }

    static <E extends Enum<E>> E parseEnum(String value, String name, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return WireNames.parse(type, value).orElseThrow(() -> new ValidationFailed(name,
                name + " must be one of " + Arrays.stream(type.getEnumConstants()).map(WireNames::of)
                        .collect(Collectors.joining(", "))));
    }

    private static int integer(String value, String name, int fallback, int minimum, int maximum, String refusal) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ValidationFailed(name, refusal);
        }
        if (parsed < minimum || parsed > maximum) {
            throw new ValidationFailed(name, refusal);
        }
        return parsed;
    }
}
