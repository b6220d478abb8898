package com.jobsphere.application.port;

/**
 * A verified provider event, reduced to the fields the service acts on. Fields that the event type
 * does not carry are null.
 *
 * @param depositId      from the session's {@code client_reference_id} or {@code metadata.depositId}
 * @param amountTotalCents the session's {@code amount_total}
 */
public record GatewayEvent(String id, String type, String apiVersion, String sessionId, String depositId,
        Long amountTotalCents, String paymentStatus, String accountId, Boolean detailsSubmitted,
        Boolean payoutsEnabled) {
}
