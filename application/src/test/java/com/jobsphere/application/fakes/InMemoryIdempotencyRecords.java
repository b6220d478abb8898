package com.jobsphere.application.fakes;

import com.jobsphere.application.fakes.InMemoryState.IdempotencyKey;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.IdempotencyRecords;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.domain.common.Conflict;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Keys in memory. Transactions run one at a time here, so no live transaction can hold a key while another
 * claims it; {@link InMemoryUnitOfWork#holdKeyElsewhere} makes a claim see one, as a concurrent request would.
 */
final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    private final InMemoryState state;
    private final InMemoryUnitOfWork unitOfWork;

    InMemoryIdempotencyRecords(InMemoryState state, InMemoryUnitOfWork unitOfWork) {
        this.state = state;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<IdempotencyRecord> claim(RequestKey key, Instant at) {
        if (unitOfWork.isHeldElsewhere(key)) {
            throw new Conflict("A request with this Idempotency-Key is still being processed");
        }
        return Optional.ofNullable(state.idempotencyRecords.get(id(key)));
    }

    @Override
    public void saveProgress(RequestKey key, String recoveryPoint, String resourceId, Instant at) {
        IdempotencyRecord existing = state.idempotencyRecords.get(id(key));
        Instant createdAt = existing == null ? at : existing.createdAt();
        state.idempotencyRecords.put(id(key), new IdempotencyRecord(key, recoveryPoint, resourceId, null, createdAt));
    }

    @Override
    public void saveResponse(RequestKey key, RecordedResponse response, Instant at) {
        IdempotencyRecord existing = state.idempotencyRecords.get(id(key));
        state.idempotencyRecords.put(id(key), existing == null
                ? new IdempotencyRecord(key, null, null, response, at)
                : new IdempotencyRecord(existing.key(), existing.recoveryPoint(), existing.resourceId(), response,
                        existing.createdAt()));
    }

    @Override
    public int purgeOlderThan(Instant cutoff, int limit) {
        var stale = state.idempotencyRecords.entrySet().stream()
                .filter(entry -> entry.getValue().createdAt().isBefore(cutoff))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        stale.forEach(state.idempotencyRecords::remove);
        return stale.size();
    }

    private static IdempotencyKey id(RequestKey key) {
        return new IdempotencyKey(key.callerId(), key.key());
    }
}
