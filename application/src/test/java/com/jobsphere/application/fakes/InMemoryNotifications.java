package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Notifications;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

final class InMemoryNotifications implements Notifications {
    /** Newest first, ties by id, highest first, as the SQL store orders them. */
    private static final Comparator<Notification> NEWEST_FIRST =
            Comparator.comparing((Notification notification) -> notification.notice().createdAt())
                    .thenComparing(notification -> notification.notice().id().value()).reversed();

    private final InMemoryState state;

    InMemoryNotifications(InMemoryState state) {
        this.state = state;
    }

    /** The feed row under its id (a second raise of one change is refused, as a primary key would), and a push per device. */
    @Override
    public void raise(Notice notice) {
        InMemoryState.requireReference(state.users, notice.recipient(), "user");
        InMemoryState.insertNew(state.notifications, notice.id(), new Notification(notice, null), "notification");
        state.devicesByToken.values().stream().filter(device -> device.owner().equals(notice.recipient()))
                .forEach(device -> InMemoryPushOutbox.queue(state, notice, device.token()));
    }

    @Override
    public Page<Notification> feed(UserId recipient, boolean unreadOnly, PageRequest page) {
        return Pages.of(state.notifications.values().stream()
                .filter(notification -> notification.notice().recipient().equals(recipient))
                .filter(notification -> !unreadOnly || !notification.isRead()), NEWEST_FIRST, page);
    }

    @Override
    public Optional<Notification> markRead(UserId recipient, NotificationId id, Instant at) {
        Notification found = state.notifications.get(id);
        if (found == null || !found.notice().recipient().equals(recipient)) {
            return Optional.empty();
        }
        Notification read = found.isRead() ? found : new Notification(found.notice(), at);
        state.notifications.put(id, read);
        return Optional.of(read);
    }

    @Override
    public long markAllRead(UserId recipient, Instant at) {
        long changed = 0;
        for (Notification notification : state.notifications.values()) {
            if (notification.notice().recipient().equals(recipient) && !notification.isRead()) {
                state.notifications.put(notification.notice().id(), new Notification(notification.notice(), at));
                changed++;
            }
        }
        return changed;
    }
}
