package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Caller;

/**
 * The app stops the caller's pushes to a device, at sign-out. Removing is idempotent: a token that is not the
 * caller's device (never registered, removed already, or another user's, which is left alone) is not theirs
 * afterwards either, which is all the caller asked.
 */
public final class RemoveDevice {
    private final Transactions transactions;

    public RemoveDevice(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Command(Caller caller, String token) {
    }

    /** Returns whether the caller had the device. */
    public boolean execute(Command command) {
        String token = RegisterDevice.Tokens.check(command.token());
        return transactions.run(stores -> stores.devices().remove(command.caller().userId(), token));
    }
}
