package com.jobsphere.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.adapters.fcm.FakeFcm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a test of notifications needs besides the marketplace: devices and feeds through the API, the pushes a
 * {@link FakeFcm} received, and a wait until the push outbox has settled, every push delivered or given up. Once it
 * has, no push can be sent again, so what the fake received is final and a count of it means exactly once.
 */
public final class Pushes {
    /** Longer than any retry the tests provoke; a wait this long means a push is stuck. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api;
    private final Psql psql;
    private final FakeFcm fcm;

    public Pushes(Api api, Psql psql, FakeFcm fcm) {
        this.api = api;
        this.psql = psql;
        this.fcm = fcm;
    }

    /** A token no other test uses, shaped like FCM's ({@code <instance id>:<key>}). */
    public static String newToken(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + ":APA91b" + Long.toString(System.nanoTime(), 36);
    }

    /** Registers a new device of the user and returns its token. */
    public String device(User user, String platform) {
        String token = newToken(platform);
        register(user, token, platform).expect(201);
        return token;
    }

    public Response register(User user, String token, String platform) {
        return api.post("/api/notifications/devices").as(user).json(Map.of("token", token, "platform", platform)).send();
    }

    /** The user's whole feed, newest first, as the API lists it. */
    public List<JsonNode> feed(User user) {
        JsonNode page = api.get("/api/notifications?limit=100").as(user).send().expect(200).data();
        List<JsonNode> notifications = new ArrayList<>();
        page.path("notifications").forEach(notifications::add);
        return notifications;
    }

    /** The types in the user's feed. */
    public List<String> types(User user) {
        return feed(user).stream().map(notification -> notification.path("type").asText()).toList();
    }

    /** What FCM received for the device, in order. */
    public List<FakeFcm.DeliveredMessage> to(String token) {
        return fcm.deliveredTo(token);
    }

    /** Waits until no push is pending in the outbox: each was delivered, given up, or went with its device. */
    public void awaitSettled() {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pushes still pending after " + SETTLE_TIMEOUT.toSeconds() + " s: "
                        + psql.rows("select id, notification_id, state, attempts, due_at, last_error from push_outbox"
                                + " where state = 'pending'"));
            }
            pause();
        }
    }

    /** Waits until a push to the device failed once and waits, pending, for its retry. */
    public void awaitRetryRecorded(String token) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (psql.number("select count(*) from push_outbox where token = ? and state = 'pending' and attempts = 1"
                + " and claim is null and last_error is not null", token) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no retry recorded for the device: " + outboxOf(token));
            }
            pause();
        }
    }

    public long pending() {
        return psql.number("select count(*) from push_outbox where state = 'pending'");
    }

    /** The outbox rows of one device, with their state and attempts. */
    public List<Map<String, Object>> outboxOf(String token) {
        return psql.rows("select notification_id, state, attempts, last_error from push_outbox where token = ?", token);
    }

    public boolean isRegistered(String token) {
        return psql.number("select count(*) from devices where token = ?", token) == 1;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for pushes", e);
        }
    }
}
