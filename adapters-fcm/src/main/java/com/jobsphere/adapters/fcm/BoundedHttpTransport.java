package com.jobsphere.adapters.fcm;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The transport google-auth fetches access tokens with, running on the adapter's {@link BoundedHttp}
 * so that the token endpoint gets the same explicit limits as FCM.
 *
 * <p>Why not a configured {@code NetHttpTransport}: google-auth builds its token request with
 * {@code transport.createRequestFactory()}, which is final and passes no request initializer, and
 * google-http-client's {@code HttpRequest.execute()} then sets its own default timeouts (20 s to
 * connect, 20 s to read) on every connection, overwriting whatever a connection factory set. No
 * hook of google-http-client 2.2.0 can change that; a transport of our own can ignore them.
 */
final class BoundedHttpTransport extends HttpTransport {
    /** The JDK's client sets these itself and refuses them as request headers. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final BoundedHttp http;

    BoundedHttpTransport(BoundedHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    protected LowLevelHttpRequest buildRequest(String method, String url) {
        return new Request(method, URI.create(url));
    }

    private final class Request extends LowLevelHttpRequest {
        private final String method;
        private final HttpRequest.Builder builder;

        Request(String method, URI uri) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(uri);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        }

        /** google-http-client's defaults arrive here; the limits of {@link BoundedHttp} apply instead. */
        @Override
        public void setTimeout(int connectTimeoutMillis, int readTimeoutMillis) {
        }

        @Override
        public LowLevelHttpResponse execute() throws IOException {
            if (getContentType() != null) {
                builder.header("Content-Type", getContentType());
            }
            if (getContentEncoding() != null) {
                builder.header("Content-Encoding", getContentEncoding());
            }
            builder.method(method, body());
            return new Response(http.exchange(builder));
        }

        /** The form google-auth posts is small, so it is written out whole rather than streamed. */
        private HttpRequest.BodyPublisher body() throws IOException {
            if (getStreamingContent() == null) {
                return HttpRequest.BodyPublishers.noBody();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            getStreamingContent().writeTo(bytes);
            return HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
        }
    }

    private static final class Response extends LowLevelHttpResponse {
        private final BoundedHttp.Response response;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        Response(BoundedHttp.Response response) {
            this.response = response;
            response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name,
                    value))));
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(response.body());
        }

        @Override
        public String getContentEncoding() {
            return response.headers().firstValue("Content-Encoding").orElse(null);
        }

        @Override
        public long getContentLength() {
            return response.body().length;
        }

        @Override
        public String getContentType() {
            return response.headers().firstValue("Content-Type").orElse(null);
        }

        @Override
        public String getStatusLine() {
            return "HTTP/1.1 " + response.statusCode();
        }

        @Override
        public int getStatusCode() {
            return response.statusCode();
        }

        /** The JDK's client does not keep the reason phrase; google-http-client accepts none. */
        @Override
        public String getReasonPhrase() {
            return null;
        }

        @Override
        public int getHeaderCount() {
            return headers.size();
        }

        @Override
        public String getHeaderName(int index) {
            return headers.get(index).getKey();
        }

        @Override
        public String getHeaderValue(int index) {
            return headers.get(index).getValue();
        }
    }
}
