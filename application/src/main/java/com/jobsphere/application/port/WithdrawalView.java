package com.jobsphere.application.port;

import com.jobsphere.domain.wallet.Withdrawal;
import java.util.Objects;

/** A withdrawal as an admin reviews it: with its contractor populated. */
public record WithdrawalView(Withdrawal withdrawal, Party contractor) {
    public WithdrawalView {
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(contractor, "contractor");
    }
}
