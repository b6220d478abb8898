package com.jobsphere.application.port;

/** Checks a webhook's signature on its raw body and reads the event out of it. */
public interface WebhookVerifier {
    /**
     * Returns the event if {@code signatureHeader} is a valid, fresh signature of exactly
     * {@code payload}; throws {@link com.jobsphere.domain.common.ValidationFailed} otherwise.
     */
    GatewayEvent verify(String payload, String signatureHeader);
}
