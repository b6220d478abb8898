package com.jobsphere.e2e.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the end-to-end suite to {@code openapi.yaml}, the document served at {@code /openapi.json}
 * (CONTRACT.md §14), so that the document cannot drift from the server:
 * <ul>
 * <li>every response must be one the document gives for its operation and status: status, headers, content type
 * and body schema;
 * <li>every request the server accepted (2xx) must be one the document allows. A request the server refused is not
 * held to the document: the suite sends invalid requests on purpose, and a refusal of them is the point;
 * <li>a path the document does not name may only be answered 404, and a method it does not name on a path 405,
 * each in the error envelope, as a route that does not exist.
 * </ul>
 * The validator is the one {@code OpenApiDocumentTest} uses, with its default levels.
 */
public final class OpenApiContract {
    private static final String DOCUMENT = "/openapi.yaml";
    /** Loaded once for the whole suite: parsing the document takes a moment. */
    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();
    private static final String PATH_MISSING = "validation.request.path.missing";
    private static final String METHOD_MISSING = "validation.request.operation.notAllowed";

    /**
     * Paths outside the contract, not checked at all, each with why. Every route the server has is in the
     * document (RoutesDocumentedIT), so this holds only what is no route.
     */
    static final Map<String, String> NOT_CHECKED = Map.of();

    private OpenApiContract() {
    }

    /** Fails with every mismatch, the exchange named, unless the exchange is one the document describes. */
    static void check(String method, String pathAndQuery, Map<String, String> requestHeaders, String requestBody,
            Response response) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        if (NOT_CHECKED.keySet().stream().anyMatch(path::startsWith)) {
            return;
        }
        Request request = request(method, uri, requestHeaders, requestBody);
        List<ValidationReport.Message> requestErrors = errors(VALIDATOR.validateRequest(request));
        if (requestErrors.stream().anyMatch(message -> message.getKey().equals(PATH_MISSING))) {
            requireStatus(404, "the document names no such path", method, pathAndQuery, response, requestErrors);
            return;
        }
        if (requestErrors.stream().anyMatch(message -> message.getKey().equals(METHOD_MISSING))) {
            requireStatus(405, "the document names no such method on this path", method, pathAndQuery, response,
                    requestErrors);
            return;
        }
        List<ValidationReport.Message> responseErrors = errors(VALIDATOR.validateResponse(path,
                Request.Method.valueOf(method), response(response)));
        if (!responseErrors.isEmpty()) {
            throw mismatch(method, pathAndQuery, response, "the response is not one the document gives",
                    responseErrors);
        }
        if (response.status() / 100 == 2 && !requestErrors.isEmpty()) {
            throw mismatch(method, pathAndQuery, response, "the server accepted a request the document does not allow",
                    requestErrors);
        }
    }

    /** An exchange outside the document is right only as a refusal of the route: 404, or 405 for the method. */
    private static void requireStatus(int expected, String why, String method, String pathAndQuery, Response response,
            List<ValidationReport.Message> errors) {
        if (response.status() != expected) {
            throw mismatch(method, pathAndQuery, response, why + ", yet the server answered " + response.status()
                    + " rather than " + expected, errors);
        }
        if (!response.header("Content-Type").orElse("").startsWith("application/json")
                || !response.json().path("errors").isArray() || !response.json().path("data").isNull()) {
            throw mismatch(method, pathAndQuery, response, "a refused route must still answer the error envelope",
                    errors);
        }
    }

    private static Request request(String method, URI uri, Map<String, String> headers, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.forEach(builder::withHeader);
        if (!body.isEmpty()) {
            builder.withBody(body);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                builder.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response response(Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        response.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        if (!response.text().isEmpty()) {
            builder.withBody(response.text());
        }
        return builder.build();
    }

    private static List<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
    }

    private static AssertionError mismatch(String method, String pathAndQuery, Response response, String what,
            List<ValidationReport.Message> errors) {
        String details = errors.stream()
                .map(message -> "  - " + message.getKey() + ": " + message.getMessage()
                        + message.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                                .collect(Collectors.joining("; ", message.getNestedMessages().isEmpty() ? "" : " [", 
                                        message.getNestedMessages().isEmpty() ? "" : "]")))
                .collect(Collectors.joining("\n"));
        String body = response.text().length() > 2_000 ? response.text().substring(0, 2_000) + "..." : response.text();
        return new AssertionError("openapi.yaml and the server disagree on " + method + " " + pathAndQuery + ": "
                + what + ":\n" + details + "\nThe response: HTTP " + response.status() + " "
                + response.header("Content-Type").orElse("(no content type)") + " " + body
                + "\nFix the document if it is wrong, the server if it is.");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String document() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
