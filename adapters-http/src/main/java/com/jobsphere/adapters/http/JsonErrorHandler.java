package com.jobsphere.adapters.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers, given before any route runs: a request line or URI too long (414), headers too large (431),
 * a malformed request or path (400). They get the same JSON envelope and headers as every other error, never the
 * server's HTML page, and say nothing about the server.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ErrorMapper errors;

    JsonErrorHandler(ErrorMapper errors) {
        this.errors = errors;
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    /** Every error Jetty answers itself: a request its parser refused, or one it parsed but will not route. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        SecurityHeaders.addTo(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body(status)), callback);
        return true;
    }

    private byte[] body(int status) {
        return errors.body(new ErrorMapper.Failure(status, message(status), List.of())).getBytes(StandardCharsets.UTF_8);
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "Malformed request";
            case 413 -> "Request body too large";
            case 414 -> "Request URI too long";
            case 431 -> "Request headers too large";
            default -> status >= 500 ? ErrorMapper.INTERNAL_ERROR : HttpStatus.getMessage(status);
        };
    }
}
