package com.jobsphere.adapters.fcm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one place where the adapter talks HTTP, to FCM and to the token endpoint alike, so that both
 * have the same limits: a connect timeout, one deadline for the whole exchange (sending, waiting
 * and reading the body), and a cap on the size of an answer.
 */
final class BoundedHttp {
    /** FCM's answers and token responses are well under a kilobyte; anything far larger is not theirs. */
    static final int MOST_RESPONSE_BYTES = 64 * 1024;

    /** An answer read in full. */
    record Response(int statusCode, HttpHeaders headers, byte[] body) {
        Response {
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(body, "body");
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    BoundedHttp(Duration connectTimeout, Duration requestTimeout) {
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        // HTTP/1.1 with keep-alive, as Google's own Java clients use; it also keeps the client from
        // offering a cleartext HTTP/2 upgrade to a local fake. Redirects are never followed: neither
        // FCM nor a token endpoint redirects, and following one could send the bearer token elsewhere.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends the request and reads the whole answer within the request timeout. A timeout throws
     * {@link HttpTimeoutException}, an interrupt {@link InterruptedIOException} (with the thread's
     * interrupt flag set again), an answer over {@link #MOST_RESPONSE_BYTES} an {@link IOException}.
     */
    Response exchange(HttpRequest.Builder request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.timeout(requestTimeout).build(),
                info -> new LimitedBody(MOST_RESPONSE_BYTES));
        try {
            // The request's own timeout ends at the answer's headers; this deadline also covers its body.
            HttpResponse<byte[]> response = answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + requestTimeout);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("the exchange failed", e.getCause());
        }
    }

    /** Collects the body, and fails the exchange as soon as it grows past its limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int mostBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int mostBytes) {
            this.mostBytes = mostBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return; // cancelled for its size; a few buffers may still arrive after cancel()
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > mostBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("answer larger than " + mostBytes + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
