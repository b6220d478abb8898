package com.jobsphere.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.domain.common.ValidationFailed;
import java.util.Map;

/**
 * Text that no field may hold (CONTRACT.md §13): a NUL character, which PostgreSQL cannot store, and an unpaired
 * UTF-16 surrogate, which is no character at all and would be stored as {@code ?}. Checked once where text enters
 * (every string of a JSON body, every query and path parameter), so no field can forget it.
 */
final class Texts {
    private Texts() {
    }

    /** Refuses {@code value} if it holds a NUL or an unpaired surrogate, naming {@code field}. */
    static void requireClean(String field, String value) {
        if (value != null && !isClean(value)) {
            throw new ValidationFailed(field, field + " must not contain NUL characters or invalid Unicode");
        }
    }

    /** Every string in a parsed body, at any depth, is checked under the name of the top-level field holding it. */
    static void requireClean(JsonNode body) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            requireClean("Request body field names", field.getKey());
            requireCleanTree(field.getKey(), field.getValue());
        }
    }

    private static void requireCleanTree(String field, JsonNode node) {
        if (node.isTextual()) {
            requireClean(field, node.textValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                requireClean(field, child.getKey());
                requireCleanTree(field, child.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                requireCleanTree(field, element);
            }
        }
    }

    static boolean isClean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
