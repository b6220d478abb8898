package com.jobsphere.application.port;

import java.util.List;

/** The outcome of a ledger verification. {@code discrepancies} describe each mismatch in words. */
public record LedgerCheck(boolean balanced, long accountsChecked, long transfersChecked, List<String> discrepancies) {
    public LedgerCheck {
        discrepancies = List.copyOf(discrepancies);
    }
}
