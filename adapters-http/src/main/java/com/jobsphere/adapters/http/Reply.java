package com.jobsphere.adapters.http;

import com.jobsphere.domain.common.DomainException;
import java.util.List;
import java.util.Objects;

/**
 * What a JSON handler answers: a status, the envelope's message and its data; or, for an outcome that is a
 * refusal though the use case decided it without throwing (an offer found expired, a transfer the provider
 * refused), the error envelope with its field errors.
 */
record Reply(int status, String message, Object data, List<ErrorEnvelope.Item> errors) {
    static final int OK = 200;
    static final int CREATED = 201;

    Reply {
        Objects.requireNonNull(message, "message");
        errors = errors == null ? null : List.copyOf(errors);
    }

    static Reply ok(String message, Object data) {
        return new Reply(OK, message, data, null);
    }

    static Reply created(String message, Object data) {
        return new Reply(CREATED, message, data, null);
    }

    /** The answer to a refusal, exactly as the one error mapper would give it had it been thrown. */
    static Reply refusal(DomainException refusal) {
        ErrorMapper.Failure failure = ErrorMapper.map(refusal);
        return new Reply(failure.status(), failure.message(), null, failure.errors());
    }

    /** The envelope to write: {@code {status, message, data}}, or the error envelope. */
    Object body() {
        return errors == null ? new Envelope(status, message, data) : new ErrorEnvelope(status, message, errors);
    }
}
