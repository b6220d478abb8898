package com.jobsphere.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One request written byte for byte on a plain socket, for what an ordinary client refuses to send (a URI or headers
 * past any limit, a malformed path); the whole answer is read until the server closes.
 */
record RawExchange(int status, String head, String body) {
    private static final int TIMEOUT_MILLIS = 10_000;

    static RawExchange send(int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readAll(socket.getInputStream());
            int end = answer.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("No complete response head in: " + answer);
            }
            String head = answer.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new RawExchange(status, head, answer.substring(end + 4));
        }
    }

    /** The value of the first header of that name, or null. */
    String header(String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            bytes.write(buffer, 0, read);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
