package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/** The caller marks every notification of theirs read; the answer says how many were unread. */
public final class MarkAllNotificationsRead {
    private final Transactions transactions;
    private final Clock clock;

    public MarkAllNotificationsRead(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Caller caller, IdempotentRequest<Long> request) {
    }

    public long execute(Command command) {
        return transactions.run(command.request(), stores -> stores.notifications()
                .markAllRead(command.caller().userId(), clock.instant()));
    }
}
