package com.jobsphere.application.testing;

import com.jobsphere.application.port.BusinessEvents;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.util.ArrayList;
import java.util.List;

/** Keeps every business event told, in order, as one line each, for use-case tests to compare. */
public final class RecordingBusinessEvents implements BusinessEvents {
    private final List<String> told = new ArrayList<>();

    @Override
    public synchronized void moneyMoved(TransferType type, long amountCents) {
        told.add("moneyMoved " + type + " " + amountCents);
    }

    @Override
    public synchronized void withdrawalEnded(WithdrawalStatus end, long amountCents) {
        told.add("withdrawalEnded " + end + " " + amountCents);
    }

    @Override
    public synchronized void paymentEvent(String kind, String outcome) {
        told.add("paymentEvent " + kind + " " + outcome);
    }

    @Override
    public synchronized void requestReplayed() {
        told.add("requestReplayed");
    }

    /** Everything told since the last call, and forgets it. */
    public synchronized List<String> drain() {
        List<String> drained = List.copyOf(told);
        told.clear();
        return drained;
    }
}
