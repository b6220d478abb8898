package com.jobsphere.domain.notification;

import com.jobsphere.domain.common.Checks;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WireNames;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One notification for one user: what the in-app feed shows and what a push carries. Made only by
 * {@link Notices}, from the change it reports.
 *
 * @param data string pairs for the app ({@code depositId}, {@code amount} …), in a fixed order; the type is added
 *             for a push by {@link #pushData()}, so it is not one of them
 */
public record Notice(NotificationId id, UserId recipient, NotificationType type, String title, String body,
        Map<String, String> data, Instant createdAt) {
    /** A phone shows about this much of a title; ours are a few words. */
    public static final int MOST_TITLE_CHARS = 100;
    /** A phone shows about this much of a body; ours are one or two sentences. */
    public static final int MOST_BODY_CHARS = 300;
    /**
     * Keys FCM keeps for itself and refuses in a message's data ({@code from}, {@code notification},
     * {@code message_type}, and any starting {@code google} or {@code gcm}), and {@code type}, which
     * {@link #pushData()} adds.
     */
    private static final Set<String> RESERVED_KEYS = Set.of("type", "from", "notification", "message_type");

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Checks.require(!title.isBlank() && title.length() <= MOST_TITLE_CHARS, "title must be 1-100 characters");
        Objects.requireNonNull(body, "body");
        Checks.require(!body.isBlank() && body.length() <= MOST_BODY_CHARS, "body must be 1-300 characters");
        Objects.requireNonNull(data, "data");
        Map<String, String> copy = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            Checks.require(!isReserved(key), "data key " + key + " is reserved");
            copy.put(key, Objects.requireNonNull(value, key));
        });
        data = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What a push carries to the app: {@code type} first, then the data, every value a string. */
    public Map<String, String> pushData() {
        Map<String, String> push = new LinkedHashMap<>();
        push.put("type", WireNames.of(type));
        push.putAll(data);
        return Collections.unmodifiableMap(push);
    }

    private static boolean isReserved(String key) {
        String lower = Objects.requireNonNull(key, "data key").toLowerCase(Locale.ROOT);
        return key.isEmpty() || RESERVED_KEYS.contains(lower) || lower.startsWith("google") || lower.startsWith("gcm");
    }
}
