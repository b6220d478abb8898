package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import java.time.Clock;

/** The use cases of devices and the in-app feed (CONTRACT.md §15), built together. */
public record NotificationUseCases(
        RegisterDevice registerDevice,
        RemoveDevice removeDevice,
        ListNotifications listNotifications,
        MarkNotificationRead markNotificationRead,
        MarkAllNotificationsRead markAllNotificationsRead) {

    public static NotificationUseCases create(Transactions transactions, Clock clock) {
        return new NotificationUseCases(
                new RegisterDevice(transactions, clock),
                new RemoveDevice(transactions),
                new ListNotifications(transactions),
                new MarkNotificationRead(transactions, clock),
                new MarkAllNotificationsRead(transactions, clock));
    }
}
