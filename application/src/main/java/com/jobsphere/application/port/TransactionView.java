package com.jobsphere.application.port;

import com.jobsphere.domain.wallet.TransactionEntry;

/** A history item with its parties populated. Either party may be null (a deposit has no sender). */
public record TransactionView(TransactionEntry entry, Party from, Party to) {
}
