package com.jobsphere.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Money as the wire shows it. {@link #of} keeps the scale the server wrote, so comparing it with
 * {@code dollars("95.00")} by {@code equals} checks the value and the two decimals at once.
 */
public final class Amounts {
    private Amounts() {
    }

    public static BigDecimal dollars(String amount) {
        return new BigDecimal(amount);
    }

    /** The amount at {@code node}, which must be a JSON number (never a string). */
    public static BigDecimal of(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new AssertionError("expected a JSON number but got " + node);
        }
        return node.decimalValue();
    }
}
