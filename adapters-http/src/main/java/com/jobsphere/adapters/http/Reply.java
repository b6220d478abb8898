package com.jobsphere.adapters.http;

import java.util.Objects;

/** What a JSON handler answers: a status, the envelope's message and its data. */
record Reply(int status, String message, Object data) {
    static final int OK = 200;
    static final int CREATED = 201;

    Reply {
        Objects.requireNonNull(message, "message");
    }

    static Reply ok(String message, Object data) {
        return new Reply(OK, message, data);
    }

    static Reply created(String message, Object data) {
        return new Reply(CREATED, message, data);
    }

    Envelope envelope() {
        return new Envelope(status, message, data);
    }
}
