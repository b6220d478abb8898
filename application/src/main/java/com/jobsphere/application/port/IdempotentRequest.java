package com.jobsphere.application.port;

import com.jobsphere.domain.common.DomainException;

/**
 * A request a client may retry with the same {@code Idempotency-Key} (CONTRACT.md §11). The driving adapter
 * implements it, because it knows the key and how a result or a refusal reads to the client; the unit of work
 * takes part in it: the key is claimed in the very transaction that carries the request's effect, and the
 * response is recorded there too, so the effect and its replay commit together or not at all.
 *
 * @param <R> what the use case returns for the request
 */
public interface IdempotentRequest<R> {
    /** The caller's key and the fingerprint of the request it came with. */
    RequestKey key();

    /** The response the client gets for this result, recorded for replay before the transaction commits. */
    RecordedResponse respond(R result);

    /** The response the client gets for this refusal, recorded for replay: a refused request is answered once too. */
    RecordedResponse refuse(DomainException refusal);
}
