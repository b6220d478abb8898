package com.jobsphere.adapters.http;

import com.jobsphere.domain.common.TypedId;

/** Small conversions shared by the response bodies. */
final class Wire {
    private Wire() {
    }

    /** A typed id as its string, null staying null (an id that does not apply is left out or null on the wire). */
    static String id(TypedId id) {
        return id == null ? null : id.value();
    }
}
