package com.jobsphere.application.port;

/** The payment provider could not be reached or answered with a fault; the outcome of a write is unknown. */
public final class PaymentGatewayUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PaymentGatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
