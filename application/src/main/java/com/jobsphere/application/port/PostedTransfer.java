package com.jobsphere.application.port;

import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.ledger.TransferType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A transfer as the ledger holds it, for the operators to read: its id, type, time and postings in the order they
 * were posted. What it moved money for is left out: transfers older than that record do not carry it.
 */
public record PostedTransfer(String id, TransferType type, Instant createdAt, List<Posting> postings) {
    public PostedTransfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        postings = List.copyOf(postings);
    }
}
