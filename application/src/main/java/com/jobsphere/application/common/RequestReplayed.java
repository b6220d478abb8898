package com.jobsphere.application.common;

import com.jobsphere.application.port.RecordedResponse;
import java.util.Objects;

/**
 * The request was made before with the same key and body, and finished: its recorded response is the answer,
 * and nothing ran again. Thrown by {@link Transactions} in place of the use case's result, so that a use case
 * never needs a second return type for a replay; the driving adapter sends the response as it is.
 */
public final class RequestReplayed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient RecordedResponse response;

    public RequestReplayed(RecordedResponse response) {
        super("The request was answered before; replaying its response", null, false, false);
        this.response = Objects.requireNonNull(response, "response");
    }

    public RecordedResponse response() {
        return response;
    }
}
