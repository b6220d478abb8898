package com.jobsphere.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One balanced ledger movement: two or more postings that sum to zero, and what it moved money for. An
 * unbalanced transfer cannot be built. Transfers are never changed; a mistake is corrected by a reversing
 * transfer.
 */
public record Transfer(String id, TransferType type, List<Posting> postings, Instant createdAt, Subject subject) {
    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(subject, "subject");
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("a transfer needs at least two postings");
        }
        long sum = 0;
        for (Posting posting : postings) {
            sum = Math.addExact(sum, posting.amountCents());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("postings must sum to zero, not " + sum);
        }
    }

    /** The net change this transfer makes to one account, zero if it does not touch it. */
    public long netChangeOf(Account account) {
        long net = 0;
        for (Posting posting : postings) {
            if (posting.account().equals(account)) {
                net = Math.addExact(net, posting.amountCents());
            }
        }
        return net;
    }
}
