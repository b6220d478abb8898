package com.jobsphere.application.testing;

import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.domain.common.DomainException;
import com.jobsphere.domain.common.UserId;
import java.util.Objects;
import java.util.function.Function;

/**
 * A keyed request as a driving adapter would make it, for use-case tests: a result is recorded as 200 with the
 * body {@code describe(result)}, a refusal as 400 with its message.
 */
public final class RecordingRequest<R> implements IdempotentRequest<R> {
    private final RequestKey key;
    private final Function<R, String> describe;

    private RecordingRequest(RequestKey key, Function<R, String> describe) {
        this.key = Objects.requireNonNull(key, "key");
        this.describe = Objects.requireNonNull(describe, "describe");
    }

    /** The key {@code key} of {@code callerId}, first sent with a request whose fingerprint is {@code body}. */
    public static <R> RecordingRequest<R> of(UserId callerId, String key, String body, Function<R, String> describe) {
        return new RecordingRequest<>(new RequestKey(callerId, key, body), describe);
    }

    @Override
    public RequestKey key() {
        return key;
    }

    @Override
    public RecordedResponse respond(R result) {
        return new RecordedResponse(200, describe.apply(result));
    }

    @Override
    public RecordedResponse refuse(DomainException refusal) {
        return new RecordedResponse(400, refusal.getMessage());
    }
}
