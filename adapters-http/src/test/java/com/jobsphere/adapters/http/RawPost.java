package com.jobsphere.adapters.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POST written on a plain socket, for a body the server refuses before it has read it all.
 *
 * <p>Jetty answers such a request at once (413, {@code Connection: close}) without reading the rest of the body:
 * it consumes only what has already arrived, a bounded number of reads, and when body bytes are still coming it
 * may close the connection under them, which the client sees as a reset while it is still writing. The response
 * was on the wire before the reset, but {@code java.net.http.HttpClient} fails the whole exchange when its write
 * of the body fails, and reports "HTTP/1.1 header parser received no bytes" although the answer had arrived.
 * Here the body is written on a thread of its own and the response is read on the caller's thread, whatever
 * becomes of the write.
 */
final class RawPost {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int CHUNK_BYTES = 8192;
    private static final int MAXIMUM_HEAD_BYTES = 16 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

    private RawPost() {
    }

    /**
     * A response as read off the socket.
     *
     * @param writeFailure how writing the body ended, or null if all of it was written: the server may stop
     *                     reading once it has answered, so this explains a failure rather than being one
     */
    record Response(int status, String body, IOException writeFailure) {
    }

    /** The body with its {@code Content-Length} declared. */
    static Response declared(int port, String path, byte[] body) throws IOException, InterruptedException {
        return send(port, head(path, "Content-Length: " + body.length), out -> out.write(body));
    }

    /** The body in {@code Transfer-Encoding: chunked}, so the server learns its size only by reading it. */
    static Response chunked(int port, String path, byte[] body) throws IOException, InterruptedException {
        return send(port, head(path, "Transfer-Encoding: chunked"), out -> {
            for (int offset = 0; offset < body.length; offset += CHUNK_BYTES) {
                int length = Math.min(CHUNK_BYTES, body.length - offset);
                out.write(ascii(Integer.toHexString(length) + "\r\n"));
                out.write(body, offset, length);
                out.write(ascii("\r\n"));
            }
            out.write(ascii("0\r\n\r\n"));
        });
    }

    private interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static String head(String path, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + framing
                + "\r\n\r\n";
    }

    /**
     * Writes on one thread and reads on this one. The socket is closed once the response is read, which ends a
     * write still blocked on a server that no longer reads, so the writer always finishes.
     */
    private static Response send(int port, String head, BodyWriter body) throws IOException, InterruptedException {
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        Thread writer;
        Response read;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            writer = new Thread(() -> {
                try {
                    out.write(ascii(head));
                    body.writeTo(out);
                    out.flush();
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, "raw-post-writer");
            writer.start();
            read = read(socket.getInputStream());
        }
        writer.join(TIMEOUT.toMillis());
        return new Response(read.status(), read.body(), writeFailure.get());
    }

    private static Response read(InputStream socket) throws IOException {
        InputStream in = new BufferedInputStream(socket);
        String head = readHead(in);
        Matcher status = STATUS_LINE.matcher(head);
        Matcher length = CONTENT_LENGTH.matcher(head);
        if (!status.find() || !length.find()) {
            throw new IOException("Not a response with a Content-Length: " + head);
        }
        int bodyLength = Integer.parseInt(length.group(1));
        byte[] body = in.readNBytes(bodyLength);
        if (body.length < bodyLength) {
            throw new EOFException("The response body ended after " + body.length + " of " + bodyLength + " bytes");
        }
        return new Response(Integer.parseInt(status.group(1)), new String(body, StandardCharsets.UTF_8), null);
    }

    /** The status line and headers, up to the blank line that ends them. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("The connection ended after " + head.size() + " bytes of response head");
            }
            if (head.size() == MAXIMUM_HEAD_BYTES) {
                throw new IOException("The response head is over " + MAXIMUM_HEAD_BYTES + " bytes");
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
