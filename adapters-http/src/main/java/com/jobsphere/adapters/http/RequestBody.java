package com.jobsphere.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.Money;
import java.util.Objects;

/** A parsed JSON object body, read field by field; every refusal names its field. */
final class RequestBody {
    private final ObjectNode node;

    RequestBody(ObjectNode node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /**
     * A money amount: a JSON number (not a string, not null, not missing), read as an exact decimal,
     * with at most two decimals, greater than zero. {@code 200} and {@code 100.0} are valid.
     */
    Money money(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ValidationFailed(field, field + " is required");
        }
        if (!value.isNumber()) {
            throw new ValidationFailed(field, field + " must be a number");
        }
        // Floats are parsed as BigDecimal (USE_BIG_DECIMAL_FOR_FLOATS), so no double is ever involved.
        Money amount = Money.parse(value.decimalValue(), field);
        if (amount.isZero()) {
            throw new ValidationFailed(field, field + " must be greater than 0");
        }
        return amount;
    }

    /**
     * A text field, or null when it is absent or JSON null; whether it is required and how long it may
     * be is for the use case to decide. Any other JSON type is refused.
     */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationFailed(field, field + " must be a string");
        }
        return value.textValue();
    }
}
