package com.jobsphere.domain.common;

import java.util.List;

/** A well-formed request that the rules of the business refuse (400): wrong state, no funds, frozen wallet. */
public final class BusinessRuleViolated extends DomainException {
    private static final long serialVersionUID = 1L;

    public BusinessRuleViolated(String message) {
        super(message, List.of());
    }

    public BusinessRuleViolated(String message, List<FieldError> errors) {
        super(message, errors);
    }

    /** The app matches on this exact message and on the shape of its one field error. */
    public static BusinessRuleViolated insufficientBalance(DisplayAmount required, DisplayAmount available) {
        return new BusinessRuleViolated("Insufficient balance", List.of(new FieldError("amount",
                "Required: " + required.toDisplayString() + ", Available: " + available.toDisplayString())));
    }

    /** Every refusal because of a frozen wallet says "frozen": the app matches on that word. */
    public static BusinessRuleViolated walletFrozen() {
        return new BusinessRuleViolated("Wallet is frozen. Please contact support.");
    }

    public static BusinessRuleViolated invalidTransition(Enum<?> from, Enum<?> to) {
        return new BusinessRuleViolated("Invalid status transition from " + WireNames.of(from) + " to " + WireNames.of(to));
    }
}
