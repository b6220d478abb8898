package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Page;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The response bodies of {@code /api/notifications} (CONTRACT.md §15). */
final class NotificationJson {
    private NotificationJson() {
    }

    record DeviceBody(String token, String platform, Instant registeredAt) {
    }

    record DeviceRegistered(DeviceBody device) {
    }

    /** {@code data} holds strings only, as a push's data does: {@code "amount": "100.00"}, not a number. */
    record NotificationBody(@JsonProperty("_id") String id, String type, String title, String body,
            Map<String, String> data, boolean read, Instant createdAt) {
    }

    record NotificationPagination(int currentPage, long totalPages, long totalNotifications, int limit) {
    }

    record NotificationsPage(List<NotificationBody> notifications, NotificationPagination pagination) {
    }

    record NotificationRead(NotificationBody notification) {
    }

    record NotificationsUpdated(long updated) {
    }

    static DeviceRegistered registered(Device device) {
        return new DeviceRegistered(new DeviceBody(device.token(), WireNames.of(device.platform()),
                device.registeredAt()));
    }

    static NotificationBody notification(Notification notification) {
        Notice notice = notification.notice();
        return new NotificationBody(notice.id().value(), WireNames.of(notice.type()), notice.title(), notice.body(),
                notice.data(), notification.isRead(), notice.createdAt());
    }

    static NotificationsPage page(Page<Notification> page) {
        return new NotificationsPage(page.items().stream().map(NotificationJson::notification).toList(),
                new NotificationPagination(page.request().page(), page.totalPages(), page.total(),
                        page.request().limit()));
    }
}
