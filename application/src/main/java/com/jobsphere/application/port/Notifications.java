package com.jobsphere.application.port;

import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.Optional;

/**
 * The in-app feed (CONTRACT.md §15), and the push outbox it fills, bound to the caller's transaction.
 */
public interface Notifications {
    /**
     * Adds the notice to its recipient's feed and queues one push for each device registered to the recipient now,
     * in the caller's transaction: both commit with the change the notice reports, or neither does. Dispatchers
     * waiting for work are woken when the transaction commits. A notice whose id is taken (the same change
     * notified twice) is a programmer error: {@link IllegalStateException}, and the transaction rolls back.
     */
    void raise(Notice notice);

    /** The recipient's notifications, newest first (ties broken by id), only the unread ones if {@code unreadOnly}. */
    Page<Notification> feed(UserId recipient, boolean unreadOnly, PageRequest page);

    /**
     * Marks the recipient's notification read at {@code at}; one read before keeps the time it was first read.
     * Returns it as it is now, or empty when the recipient has no notification with this id, whether it does not
     * exist or is another user's: the two are not told apart.
     */
    Optional<Notification> markRead(UserId recipient, NotificationId id, Instant at);

    /** Marks every unread notification of the recipient read at {@code at}; returns how many there were. */
    long markAllRead(UserId recipient, Instant at);
}
