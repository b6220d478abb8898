package com.jobsphere.adapters.fcm;

import com.google.api.client.http.HttpResponseException;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * OAuth2 access tokens for FCM, from a service account through google-auth. google-auth caches the
 * token and renews it shortly before it expires; its refresh is thread-safe, so concurrent sends
 * share one token request.
 */
final class FcmAccessTokens {
    static final String FIREBASE_MESSAGING_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    private final GoogleCredentials credentials;

    private FcmAccessTokens(GoogleCredentials credentials) {
        this.credentials = credentials;
    }

    /**
     * Reads the service account. Tokens are requested from the file's {@code token_uri}, which
     * google-auth honours, through {@code transport}. google-auth's own retries (three, with
     * back-off from one second) are turned off: a failed fetch becomes a {@code RetryLater} and the
     * outbox retries, so a token endpoint outage never holds a dispatcher thread for long.
     */
    static FcmAccessTokens fromServiceAccountFile(Path file, BoundedHttpTransport transport) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(transport, "transport");
        try (InputStream in = Files.newInputStream(file)) {
            ServiceAccountCredentials credentials = ServiceAccountCredentials.fromStream(in, () -> transport)
                    .toBuilder()
                    .setScopes(List.of(FIREBASE_MESSAGING_SCOPE))
                    .setDefaultRetriesEnabled(false)
                    .build();
            return new FcmAccessTokens(credentials);
        } catch (IOException e) {
            // google-auth's messages name the missing field, never its value, so none leaks the key.
            throw new UncheckedIOException("could not read the FCM service account file " + file, e);
        }
    }

    /** A token valid for a while yet, fetched only when the cached one is missing or about to expire. */
    String current() throws AccessTokenUnavailable {
        try {
            credentials.refreshIfExpired();
        } catch (IOException e) {
            throw unavailable(e);
        }
        return value(credentials.getAccessToken());
    }

    /**
     * A new token after FCM refused {@code rejected} with a 401. When several sends are refused at
     * once, only the first renews: the others find a token other than the one refused and use it.
     */
    synchronized String renewedAfter(String rejected) throws AccessTokenUnavailable {
        AccessToken now = credentials.getAccessToken();
        if (now == null || now.getTokenValue().equals(rejected)) {
            try {
                credentials.refresh();
            } catch (IOException e) {
                throw unavailable(e);
            }
        }
        return value(credentials.getAccessToken());
    }

    private static String value(AccessToken token) throws AccessTokenUnavailable {
        if (token == null || token.getTokenValue() == null) {
            throw new AccessTokenUnavailable(true, "google-auth returned no access token");
        }
        return token.getTokenValue();
    }

    /**
     * A refusal by the token endpoint (a 4xx other than 408 and 429: a deleted key, a wrong
     * {@code client_email}) will not pass on a retry. Everything else, a 5xx, a timeout or a broken
     * connection, may. The messages are written here rather than taken from google-auth, which
     * quotes the endpoint's answer.
     */
    private static AccessTokenUnavailable unavailable(IOException e) {
        HttpResponseException answer = answerIn(e);
        if (answer == null) {
            return new AccessTokenUnavailable(true, "the token endpoint could not be reached ("
                    + unwrapped(e).getClass().getSimpleName() + ")");
        }
        int status = answer.getStatusCode();
        boolean refused = status >= 400 && status < 500 && status != 408 && status != 429;
        return new AccessTokenUnavailable(!refused, "the token endpoint answered " + status);
    }

    /**
     * What went wrong, such as a ConnectException, under google-auth's own wrapping exception; not
     * the innermost cause, which for a refused connection is a bare ClosedChannelException.
     */
    private static Throwable unwrapped(Throwable e) {
        Throwable cause = e;
        while (cause.getClass().getName().startsWith("com.google.") && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static HttpResponseException answerIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpResponseException answer) {
                return answer;
            }
        }
        return null;
    }

    /** No access token could be had; {@code retryable} says whether a later attempt may get one. */
    static final class AccessTokenUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean retryable;

        AccessTokenUnavailable(boolean retryable, String message) {
            super(message, null, false, false);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
