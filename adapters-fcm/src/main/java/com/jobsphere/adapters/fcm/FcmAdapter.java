package com.jobsphere.adapters.fcm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobsphere.application.port.PushNotifications;
import java.time.Clock;
import java.util.Objects;

/**
 * The FCM adapter's only entry point: {@link PushNotifications} through Firebase Cloud Messaging
 * HTTP v1, built from explicit {@link FcmSettings}. The service-account file is read once, here, so
 * that a missing or malformed file stops start-up rather than the first push; no token is fetched
 * until the first send.
 */
public final class FcmAdapter {
    private final PushNotifications pushNotifications;

    private FcmAdapter(PushNotifications pushNotifications) {
        this.pushNotifications = pushNotifications;
    }

    /**
     * The adapter on the system clock, which turns an HTTP-date {@code Retry-After} into a wait.
     *
     * @throws java.io.UncheckedIOException when the service-account file cannot be read or is not a
     *                                      service account's key
     */
    public static FcmAdapter create(FcmSettings settings) {
        return create(settings, Clock.systemUTC());
    }

    static FcmAdapter create(FcmSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        BoundedHttp http = new BoundedHttp(settings.connectTimeout(), settings.requestTimeout());
        FcmAccessTokens accessTokens = FcmAccessTokens.fromServiceAccountFile(settings.credentialsFile(),
                new BoundedHttpTransport(http));
        return new FcmAdapter(new FcmPushNotifications(settings, http, accessTokens, new ObjectMapper(), clock));
    }

    public PushNotifications pushNotifications() {
        return pushNotifications;
    }
}
