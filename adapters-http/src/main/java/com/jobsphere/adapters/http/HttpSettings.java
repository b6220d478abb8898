package com.jobsphere.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP adapter's limits and addresses, all explicit.
 *
 * @param publicBaseUrl   where browsers reach this server, e.g. {@code http://localhost:3000}; used by the
 *                        development gateway's pages
 * @param maxRequestBytes the largest request body accepted; a larger one is refused with 413
 * @param maxThreads      the most request threads the server runs at once
 * @param shutdownGrace   how long a stopping server lets the requests in flight finish
 * @param trustProxy      whether a client's address is the last {@code X-Forwarded-For} hop (behind a proxy that
 *                        appends it) rather than the socket's; login throttling counts by this address
 */
public record HttpSettings(String publicBaseUrl, int maxRequestBytes, int maxThreads, Duration shutdownGrace,
        boolean trustProxy) {
    public static final int DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_THREADS = 200;
    /** CONTRACT.md §11: in-flight requests get up to 20 s on SIGTERM. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);
    /** Jetty needs some threads for accepting and selecting before any request is served. */
    static final int MINIMUM_MAX_THREADS = 16;

    public HttpSettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (publicBaseUrl.isBlank()) {
            throw new IllegalArgumentException("publicBaseUrl must not be blank");
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative");
        }
        if (maxThreads < MINIMUM_MAX_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least " + MINIMUM_MAX_THREADS);
        }
    }

    /** A 64 KiB body limit, 200 threads, 20 s to drain on shutdown, and client addresses from the socket. */
    public static HttpSettings defaults(String publicBaseUrl) {
        return new HttpSettings(publicBaseUrl, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_THREADS, DEFAULT_SHUTDOWN_GRACE,
                false);
    }

    public HttpSettings withTrustProxy(boolean trusted) {
        return new HttpSettings(publicBaseUrl, maxRequestBytes, maxThreads, shutdownGrace, trusted);
    }
}
