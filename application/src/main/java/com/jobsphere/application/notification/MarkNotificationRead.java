package com.jobsphere.application.notification;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.Notification;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/**
 * The caller marks one of their notifications read. Another user's notification is "not found", exactly as an id
 * that does not exist: a 403 would tell the caller that the id is real, which is something about another user.
 */
public final class MarkNotificationRead {
    private final Transactions transactions;
    private final Clock clock;

    public MarkNotificationRead(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Caller caller, NotificationId notificationId, IdempotentRequest<Notification> request) {
    }

    public Notification execute(Command command) {
        return transactions.run(command.request(), stores -> Lookups.found(stores.notifications()
                .markRead(command.caller().userId(), command.notificationId(), clock.instant()), "Notification"));
    }
}
