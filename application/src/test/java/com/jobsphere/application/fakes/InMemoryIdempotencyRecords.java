package com.jobsphere.application.fakes;

import com.jobsphere.application.fakes.InMemoryState.IdempotencyKey;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.IdempotencyRecords;
import java.time.Instant;
import java.util.Optional;

final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    private final InMemoryState state;

    InMemoryIdempotencyRecords(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Optional<IdempotencyRecord> claim(String userId, String key, String requestHash, Instant at, Instant staleBefore) {
        IdempotencyKey id = new IdempotencyKey(userId, key);
        IdempotencyRecord existing = state.idempotencyRecords.get(id);
        if (existing != null && !existing.createdAt().isBefore(staleBefore)) {
            return Optional.of(existing);
        }
        state.idempotencyRecords.put(id, new IdempotencyRecord(userId, key, requestHash, null, null, at));
        return Optional.empty();
    }

    @Override
    public void complete(String userId, String key, int status, String body) {
        IdempotencyKey id = new IdempotencyKey(userId, key);
        IdempotencyRecord claimed = state.idempotencyRecords.get(id);
        if (claimed == null) {
            throw new IllegalStateException("Expected to update one idempotency record " + userId + "/" + key + ", found none");
        }
        state.idempotencyRecords.put(id, new IdempotencyRecord(userId, key, claimed.requestHash(), status, body,
                claimed.createdAt()));
    }

    /** Only a claim still in progress is freed; a finished response stays for replay. */
    @Override
    public void release(String userId, String key) {
        IdempotencyKey id = new IdempotencyKey(userId, key);
        IdempotencyRecord claimed = state.idempotencyRecords.get(id);
        if (claimed != null && claimed.inProgress()) {
            state.idempotencyRecords.remove(id);
        }
    }

    @Override
    public int purgeOlderThan(Instant cutoff, int limit) {
        var stale = state.idempotencyRecords.entrySet().stream()
                .filter(entry -> entry.getValue().createdAt().isBefore(cutoff))
                .limit(limit)
                .map(java.util.Map.Entry::getKey)
                .toList();
        stale.forEach(state.idempotencyRecords::remove);
        return stale.size();
    }
}
