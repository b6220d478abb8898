package com.jobsphere.adapters.http;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.DomainException;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.TooManyRequests;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.ValidationFailed;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become responses. Expected refusals (the domain's exception family)
 * keep their message and field errors; infrastructure failures get a fixed message; anything else is
 * a fault: 500 with a generic message, logged with the request id, never exposing its details.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    static final String INTERNAL_ERROR = "Internal server error";
    static final String GATEWAY_UNAVAILABLE = "Payment provider unavailable, please try again";
    static final String STORE_UNAVAILABLE = "Service temporarily unavailable, please try again";
    static final String CONCURRENT_UPDATE = "The request conflicted with another one, please try again";

    /** The most of a refused body read before the 413 is sent; see {@link #drainBody}. */
    static final long DRAIN_LIMIT = 1024 * 1024;

    private final Json json;

    ErrorMapper(Json json) {
        this.json = json;
    }

    Json json() {
        return json;
    }

    /** A response decided for an exception. */
    record Failure(int status, String message, List<ErrorEnvelope.Item> errors) {
        Failure {
            errors = List.copyOf(errors);
        }

        ErrorEnvelope envelope() {
            return new ErrorEnvelope(status, message, errors);
        }

        /** A fault of ours or of our dependencies, as opposed to a refusal of the request. */
        boolean isFault() {
            return status >= 500;
        }
    }

    /** The status table. Pure, so it is tested directly. */
    static Failure map(Throwable thrown) {
        if (thrown instanceof DomainException refusal) {
            return new Failure(statusOf(refusal), refusal.getMessage(), items(refusal.errors()));
        }
        if (thrown instanceof PaymentGatewayUnavailable) {
            return new Failure(502, GATEWAY_UNAVAILABLE, List.of());
        }
        if (thrown instanceof StoreUnavailable) {
            return new Failure(503, STORE_UNAVAILABLE, List.of());
        }
        if (thrown instanceof ConcurrentUpdate) {
            return new Failure(409, CONCURRENT_UPDATE, List.of());
        }
        if (thrown instanceof HttpResponseException routing) {
            return new Failure(routing.getStatus(), routingMessage(routing.getStatus()), List.of());
        }
        return new Failure(500, INTERNAL_ERROR, List.of());
    }

    /**
     * Whether a retry of the same request may succeed: faults, and a {@link ConcurrentUpdate} (409) that
     * lost a race. Such an outcome is never stored for idempotent replay.
     */
    static boolean isTransient(Throwable thrown) {
        return thrown instanceof ConcurrentUpdate || map(thrown).isFault();
    }

    private static int statusOf(DomainException refusal) {
        if (refusal instanceof ValidationFailed || refusal instanceof BusinessRuleViolated) {
            return 400;
        }
        if (refusal instanceof Unauthenticated) {
            return 401;
        }
        if (refusal instanceof Forbidden) {
            return 403;
        }
        if (refusal instanceof NotFound) {
            return 404;
        }
        if (refusal instanceof Conflict) {
            return 409;
        }
        if (refusal instanceof TooManyRequests) {
            return 429;
        }
        throw new IllegalStateException("Unmapped domain exception " + refusal.getClass().getName());
    }

    /** Javalin's own refusals: routing (404, 405) and the body limit (413). */
    private static String routingMessage(int status) {
        return switch (status) {
            case 404 -> "Route not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request body too large";
            case 415 -> RequestGuards.JSON_REQUIRED;
            default -> status >= 500 ? INTERNAL_ERROR : HttpStatus.forStatus(status).getMessage();
        };
    }

    private static List<ErrorEnvelope.Item> items(List<FieldError> errors) {
        return errors.stream().map(error -> new ErrorEnvelope.Item(error.field(), error.message())).toList();
    }

    /** The response body for a failure, as stored for idempotent replay and as sent. */
    String body(Failure failure) {
        return json.write(failure.envelope());
    }

    void register(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, this::handle);
        config.routes.exception(Exception.class, this::handle);
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("Fatal error while serving a request", error);
            response.setStatus(500);
            response.setContentType(Json.CONTENT_TYPE);
            try {
                response.getOutputStream().write(body(new Failure(500, INTERNAL_ERROR, List.of()))
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException writeFailed) {
                LOG.warn("Could not write the response to a fatal error", writeFailed);
            }
        });
    }

    private void handle(Exception thrown, Context ctx) {
        Failure failure = map(thrown);
        log(ctx, thrown, failure);
        if (failure.status() == 413) {
            drainBody(ctx);
        }
        if (failure.status() == 401) {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
        }
        if (thrown instanceof TooManyRequests tooMany) {
            ctx.header(Header.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        if (thrown instanceof MethodNotAllowedResponse notAllowed) {
            String allowed = notAllowed.getDetails().getOrDefault("availableMethods",
                    notAllowed.getDetails().get("Available methods"));
            if (allowed != null) {
                ctx.header(Header.ALLOW, allowed);
            }
        }
        Responses.json(ctx, failure.status(), body(failure));
    }

    /**
     * Reads what is left of a refused body, up to {@link #DRAIN_LIMIT}, before answering. A server that answers and
     * closes while the client is still sending makes the client's kernel see a reset, and most clients then drop the
     * answer too; read to the end, the body is gone and the 413 is delivered. A body larger still is cut off.
     */
    private static void drainBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > DRAIN_LIMIT) {
            return;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            InputStream body = ctx.req().getInputStream();
            int count;
            while (read < DRAIN_LIMIT && (count = body.read(buffer)) != -1) {
                read += count;
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("[{}] Could not read the rest of a refused body: {}", RequestIds.of(ctx), e.toString());
        }
    }

    private static void log(Context ctx, Exception thrown, Failure failure) {
        String requestId = RequestIds.of(ctx);
        if (failure.status() == 500) {
            LOG.error("[{}] {} {} failed", requestId, ctx.method(), ctx.path(), thrown);
        } else if (failure.isFault()) {
            LOG.warn("[{}] {} {} answered {}: {}", requestId, ctx.method(), ctx.path(), failure.status(), thrown.toString(), thrown);
        } else {
            LOG.debug("[{}] {} {} refused with {}: {}", requestId, ctx.method(), ctx.path(), failure.status(), failure.message());
        }
    }
}
