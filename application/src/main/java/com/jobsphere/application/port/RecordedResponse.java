package com.jobsphere.application.port;

import java.util.Objects;

/** The response a client got for a keyed request, kept so that a retry gets exactly the same again. */
public record RecordedResponse(int status, String body) {
    public RecordedResponse {
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }
}
