package com.jobsphere.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One answer of the service: its status, its body parsed as JSON (a missing node if it is not JSON) and
 * the raw text, for assertions on how numbers are written.
 */
public record Response(int status, JsonNode json, String text, HttpHeaders headers) {
    static Response of(HttpResponse<String> response) {
        return new Response(response.statusCode(), Json.parse(response.body()), response.body(), response.headers());
    }

    /** Fails with the whole response in the message unless the status is {@code expected}. */
    public Response expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + " but got " + this);
        }
        return this;
    }

    /** The envelope's {@code data}. */
    public JsonNode data() {
        return json.path("data");
    }

    /** A text value of {@code data} at a JSON pointer, such as {@code /offer/_id}. */
    public String text(String pointer) {
        return data().at(pointer).asText();
    }

    public String message() {
        return json.path("message").asText();
    }

    /** The envelope's {@code errors}, an array in every error response. */
    public JsonNode errors() {
        return json.path("errors");
    }

    /** The fields named by {@code errors}, in order. */
    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        errors().forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + text;
    }
}
