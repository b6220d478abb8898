package com.jobsphere.domain.common;

/**
 * The id of a notification: opaque and URL-safe. A type of its own, so it cannot be passed where another id
 * belongs. It is derived from what the notification reports (see {@code Notices}), never drawn at random.
 */
public record NotificationId(String value) implements TypedId {
    public NotificationId {
        Ids.check(value, "NotificationId");
    }

    @Override
    public String toString() {
        return value;
    }
}
