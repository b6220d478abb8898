package com.jobsphere.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.jobsphere.domain.common.ValidationFailed;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The module's one {@link ObjectMapper}, configured explicitly. Money travels as {@code BigDecimal}
 * with scale 2 and is written plainly ({@code 105.00}, never {@code 1.05E+2}); numbers are read as
 * exact decimals, so {@code 1e400} stays a (refusable) decimal instead of becoming infinity; instants
 * are written as ISO-8601 UTC with milliseconds.
 */
final class Json {
    static final String CONTENT_TYPE = "application/json";

    private static final DateTimeFormatter INSTANT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;

    Json() {
        this.mapper = createMapper();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    private static ObjectMapper createMapper() {
        SimpleModule wireFormats = new SimpleModule("jobsphere-wire-formats");
        wireFormats.addSerializer(Instant.class, new InstantSerializer());
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Two "amount" keys in one body must not let the parser pick one silently.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(wireFormats)
                .build();
    }

    /** Serializes a response value. Our own records always serialize, so a failure is a programmer error. */
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response could not be serialized", e);
        }
    }

    /**
     * Parses a request body that must be a JSON object. An empty body is an empty object, so a missing
     * field is reported by name; anything that is not well-formed JSON is "Invalid JSON body".
     */
    RequestBody readBody(String raw) {
        if (raw == null || raw.isBlank()) {
            return new RequestBody(mapper.createObjectNode());
        }
        JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new ValidationFailed("Invalid JSON body", List.of());
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new RequestBody(mapper.createObjectNode());
        }
        if (!node.isObject()) {
            throw new ValidationFailed("Request body must be a JSON object", List.of());
        }
        Texts.requireClean(node);
        return new RequestBody((ObjectNode) node);
    }

    static String format(Instant instant) {
        return INSTANT_FORMAT.format(instant);
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }
}
