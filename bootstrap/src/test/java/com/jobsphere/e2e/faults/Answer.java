package com.jobsphere.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.jobsphere.e2e.support.Response;

/**
 * One attempt at a keyed request as the client saw it: the status, whether the server said it was replaying a
 * recorded response ({@code Idempotent-Replayed: true}) and the body, or the failure that left it unanswered
 * (the connection broke, the server was gone).
 */
record Answer(int status, boolean replayed, String body, JsonNode json, String failure) {
    /** The status of an attempt that got no HTTP answer at all. */
    static final int UNANSWERED = 0;

    static Answer of(Response response) {
        return new Answer(response.status(), response.header("Idempotent-Replayed").filter("true"::equals).isPresent(),
                response.text(), response.json(), null);
    }

    static Answer lost(Throwable failure) {
        return new Answer(UNANSWERED, false, null, MissingNode.getInstance(), failure.toString());
    }

    boolean answered() {
        return status != UNANSWERED;
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /**
     * The request was decided: done (2xx) or refused (4xx). A 5xx or no answer says nothing about whether it took
     * effect, so only a retry with the key can tell.
     */
    boolean isFinal() {
        return answered() && status < 500;
    }

    /** How the figures name this answer: {@code 200}, {@code 200 replayed}, {@code 503}, {@code no answer}. */
    String outcome() {
        if (!answered()) {
            return "no answer";
        }
        return replayed ? status + " replayed" : Integer.toString(status);
    }

    @Override
    public String toString() {
        return answered() ? "HTTP " + outcome() + " " + body : "no answer (" + failure + ")";
    }
}
