package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.notification.ListNotifications;
import com.jobsphere.application.notification.MarkAllNotificationsRead;
import com.jobsphere.application.notification.MarkNotificationRead;
import com.jobsphere.application.notification.NotificationUseCases;
import com.jobsphere.application.notification.RegisterDevice;
import com.jobsphere.application.notification.RemoveDevice;
import com.jobsphere.application.port.Notification;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.user.Caller;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /api/notifications}: push devices and the in-app feed (CONTRACT.md §15). Another user's notification is
 * 404, as an unknown id is: a 403 would confirm to the caller that the id is real.
 */
final class NotificationRoutes {
    private final NotificationUseCases useCases;
    private final Json json;
    private final Api api;

    NotificationRoutes(UseCases useCases, Json json, Api api) {
        this.useCases = useCases.notifications();
        this.json = json;
        this.api = api;
    }

    void addTo() {
        api.post("/api/notifications/devices", this::registerDevice);
        api.delete("/api/notifications/devices/{token}", this::removeDevice);
        api.get("/api/notifications", this::list);
        api.post("/api/notifications/read-all", this::readAll);
        api.post("/api/notifications/{id}/read", this::read);
    }

    private Reply registerDevice(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Device>keyed(ctx, request -> useCases.registerDevice().execute(new RegisterDevice.Command(caller,
                        body.text("token"), body.text("platform"), request)),
                device -> Reply.created("Device registered", NotificationJson.registered(device)));
    }

    private Reply removeDevice(Context ctx) {
        useCases.removeDevice().execute(new RemoveDevice.Command(Authentication.caller(ctx), ctx.pathParam("token")));
        return Reply.ok("Device removed", Map.of());
    }

    private Reply list(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        boolean unreadOnly = Queries.flag(ctx, "unread");
        var page = useCases.listNotifications().execute(new ListNotifications.Query(caller, unreadOnly,
                Queries.page(ctx)));
        return Reply.ok("Notifications retrieved successfully", NotificationJson.page(page));
    }

    private Reply read(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        NotificationId id = PathIds.of(ctx, "id", "Notification", NotificationId::new);
        return api.<Notification>keyed(ctx, request -> useCases.markNotificationRead().execute(
                        new MarkNotificationRead.Command(caller, id, request)),
                notification -> Reply.ok("Notification marked as read",
                        new NotificationJson.NotificationRead(NotificationJson.notification(notification))));
    }

    private Reply readAll(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        return api.<Long>keyed(ctx, request -> useCases.markAllNotificationsRead().execute(
                        new MarkAllNotificationsRead.Command(caller, request)),
                updated -> Reply.ok("All notifications marked as read", new NotificationJson.NotificationsUpdated(updated)));
    }
}
