package com.jobsphere.application.port;

import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.Objects;

/** A notification in its recipient's feed: the notice, and when the recipient read it (null while unread). */
public record Notification(Notice notice, Instant readAt) {
    public Notification {
        Objects.requireNonNull(notice, "notice");
    }

    public boolean isRead() {
        return readAt != null;
    }
}
