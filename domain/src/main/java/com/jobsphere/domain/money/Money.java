package com.jobsphere.domain.money;

import com.jobsphere.domain.common.DisplayAmount;
import com.jobsphere.domain.common.ValidationFailed;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount of US dollars, held as a non-negative count of cents. Parsing and formatting to
 * decimals happens only here, at the edge; arithmetic is exact and refuses to overflow.
 */
public record Money(long cents) implements Comparable<Money>, DisplayAmount {
    public static final Money ZERO = new Money(0);
    private static final BigDecimal CENTS_PER_DOLLAR = BigDecimal.valueOf(100);
    private static final long BASIS_POINTS_PER_WHOLE = 10_000;
    /** A long of cents holds at most 17 digits of whole dollars; one more leaves room for the exact check below. */
    private static final int MAXIMUM_WHOLE_DIGITS = 18;

    public Money {
        if (cents < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + cents);
        }
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Whole dollars, for tests and configuration: {@code dollars(105)} is $105.00. */
    public static Money dollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, 100L));
    }

    /**
     * Parses a decimal amount of dollars with at most two places. Refuses more places, a negative
     * value and anything that does not fit in a {@code long} of cents, naming {@code field}.
     */
    public static Money parse(BigDecimal dollars, String field) {
        if (dollars == null) {
            throw new ValidationFailed(field, field + " is required");
        }
        BigDecimal stripped = dollars.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new ValidationFailed(field, field + " must have at most two decimal places");
        }
        if (stripped.signum() < 0) {
            throw new ValidationFailed(field, field + " must not be negative");
        }
        // Refuse a huge exponent such as 1E+999999999 before it is expanded into a BigInteger:
        // expanding first would spend seconds and gigabytes, and then fail with an unchecked error.
        if (stripped.precision() - stripped.scale() > MAXIMUM_WHOLE_DIGITS) {
            throw new ValidationFailed(field, field + " is too large");
        }
        BigInteger cents = stripped.multiply(CENTS_PER_DOLLAR).toBigIntegerExact();
        if (cents.bitLength() > 62) {
            throw new ValidationFailed(field, field + " is too large");
        }
        return new Money(cents.longValueExact());
    }

    /** Parses decimal text such as {@code "52.50"}; refuses NaN, infinity and any other non-number. */
    public static Money parse(String dollars, String field) {
        if (dollars == null) {
            throw new ValidationFailed(field, field + " is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(dollars.trim());
        } catch (NumberFormatException e) {
            throw new ValidationFailed(field, field + " must be a number");
        }
        return parse(value, field);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    /** Refuses a result below zero: money never goes negative. */
    public Money minus(Money other) {
        long result = Math.subtractExact(cents, other.cents);
        if (result < 0) {
            throw new IllegalArgumentException("subtraction below zero: " + this + " - " + other);
        }
        return new Money(result);
    }

    /** This amount times a rate in basis points (1/100 of a percent), rounded to the cent half-up. */
    public Money timesBasisPoints(int basisPoints) {
        if (basisPoints < 0) {
            throw new IllegalArgumentException("basis points cannot be negative: " + basisPoints);
        }
        long scaled = Math.multiplyExact(cents, (long) basisPoints);
        return new Money(Math.addExact(scaled, BASIS_POINTS_PER_WHOLE / 2) / BASIS_POINTS_PER_WHOLE);
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isLessThan(Money other) {
        return cents < other.cents;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    /** The amount as a decimal with exactly two places, as it travels on the wire. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** {@code 105.00}, {@code 0.50}. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    /** The way the reference writes amounts in messages: {@code $105}, {@code $52.50}. */
    @Override
    public String toDisplayString() {
        long whole = cents / 100;
        long fraction = cents % 100;
        return fraction == 0 ? "$" + whole : "$" + whole + "." + (fraction < 10 ? "0" : "") + fraction;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toDisplayString();
    }
}
