package com.jobsphere.domain.ledger;

import java.util.Objects;

/**
 * One leg of a transfer: a signed change to one account's balance, in cents. Positive adds to what
 * the account holds, negative takes from it.
 */
public record Posting(Account account, long amountCents) {
    public Posting {
        Objects.requireNonNull(account, "account");
        if (amountCents == 0) {
            throw new IllegalArgumentException("a posting moves a non-zero amount");
        }
    }
}
