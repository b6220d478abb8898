package com.jobsphere.application.port;

import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Transfer;

/** The double-entry ledger: append-only transfers and the balances they produce. */
public interface Ledger {
    /**
     * Appends the transfer and applies each posting to its account's balance, atomically with the
     * surrounding transaction. Refuses with {@link com.jobsphere.domain.common.BusinessRuleViolated}
     * ("Insufficient balance") if a wallet would go below zero; the database enforces this too, so a
     * concurrent transaction can never overdraw. Posting the same transfer id twice is refused.
     */
    void post(Transfer transfer);

    /** The current balance of an account, in cents. */
    long balanceOf(Account account);

    /** The platform's view: escrow plus revenue, shown as the admin's wallet balance. */
    long platformBalance();

    /** Checks that all postings sum to zero and that each stored balance equals the sum of its postings. */
    LedgerCheck verify();

    /** The four platform accounts' balances, each the sum of its slots, read in one consistent snapshot. */
    PlatformBalances platformBalances();

    /** Transfers newest first, each with all its postings, in one query per page. */
    Page<PostedTransfer> transfers(PageRequest page);
}
