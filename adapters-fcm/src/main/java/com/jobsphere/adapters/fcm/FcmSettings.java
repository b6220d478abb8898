package com.jobsphere.adapters.fcm;

import com.jobsphere.domain.common.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the FCM adapter needs, passed explicitly rather than read from the environment or left
 * to library defaults. Nothing here is secret: the private key stays in the file.
 *
 * @param projectId       the Firebase project that sends, as in {@code FCM_PROJECT_ID}
 * @param credentialsFile the service-account JSON file, as in {@code GOOGLE_APPLICATION_CREDENTIALS};
 *                        its {@code token_uri} is where access tokens come from
 * @param apiBase         where the FCM API lives, {@value #DEFAULT_API_BASE} unless a test points it at
 *                        a fake; a trailing slash is dropped
 * @param connectTimeout  the limit on opening a connection, to FCM or to the token endpoint
 * @param requestTimeout  the limit on one request, from sending it to having read the whole answer
 */
public record FcmSettings(String projectId, Path credentialsFile, URI apiBase, Duration connectTimeout,
        Duration requestTimeout) {

    public static final String DEFAULT_API_BASE = "https://fcm.googleapis.com";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);

    /** The longest timeout accepted; a dispatcher thread should never wait on FCM for longer. */
    public static final Duration MOST_TIMEOUT = Duration.ofMinutes(2);

    /**
     * Google's project ids are lowercase letters, digits and hyphens; older ones may carry a domain
     * prefix ({@code example.com:project}). The id goes into the request path, so nothing that could
     * change the path (a slash, a question mark, a space) gets through.
     */
    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:_-]{0,99}");

    public FcmSettings {
        Objects.requireNonNull(projectId, "projectId");
        Checks.require(PROJECT_ID.matcher(projectId).matches(),
                "projectId must be letters, digits, '.', ':', '_' or '-', at most 100 of them");
        Objects.requireNonNull(credentialsFile, "credentialsFile");
        apiBase = normalizedApiBase(apiBase);
        requireTimeout(connectTimeout, "connectTimeout");
        requireTimeout(requestTimeout, "requestTimeout");
    }

    /**
     * Settings with the production timeouts (5 s to connect, 15 s per request). A null or blank
     * {@code apiBase} means {@value #DEFAULT_API_BASE}, so the value of {@code FCM_API_BASE} can be
     * passed as it is.
     */
    public static FcmSettings withDefaults(String projectId, Path credentialsFile, String apiBase) {
        String base = apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : apiBase.strip();
        return new FcmSettings(projectId, credentialsFile, parse(base), DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    /** The same settings with other timeouts, for tests that need a fast client. */
    public FcmSettings withTimeouts(Duration connectTimeout, Duration requestTimeout) {
        return new FcmSettings(projectId, credentialsFile, apiBase, connectTimeout, requestTimeout);
    }

    /** Where one message is sent: {@code {apiBase}/v1/projects/{projectId}/messages:send}. */
    URI sendUri() {
        return URI.create(apiBase + "/v1/projects/" + projectId + "/messages:send");
    }

    private static URI normalizedApiBase(URI apiBase) {
        Objects.requireNonNull(apiBase, "apiBase");
        String scheme = apiBase.getScheme();
        Checks.require("https".equals(scheme) || "http".equals(scheme), "apiBase must be an http or https URL");
        Checks.require(apiBase.getHost() != null, "apiBase must name a host");
        Checks.require(apiBase.getRawQuery() == null, "apiBase must not have a query");
        Checks.require(apiBase.getRawFragment() == null, "apiBase must not have a fragment");
        // The request path is appended to the base, so a trailing slash would double it.
        String base = apiBase.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base);
    }

    private static URI parse(String apiBase) {
        try {
            return new URI(apiBase);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("apiBase is not a URL: " + e.getMessage(), e);
        }
    }

    private static void requireTimeout(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        Checks.require(timeout.compareTo(Duration.ZERO) > 0, name + " must be positive");
        Checks.require(timeout.compareTo(MOST_TIMEOUT) <= 0, name + " must be at most " + MOST_TIMEOUT);
    }
}
