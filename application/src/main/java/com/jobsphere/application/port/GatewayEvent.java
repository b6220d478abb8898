package com.jobsphere.application.port;

import com.jobsphere.domain.common.DepositId;
import java.util.Objects;

/**
 * A verified payment-provider event, in the service's own words: the provider's vocabulary (Stripe's event names,
 * payment statuses and objects) stops at its adapter, which reads each event into one of these.
 */
public sealed interface GatewayEvent {
    /** The provider's id of the event: each is applied once, however often it is delivered. */
    String eventId();

    /** A short name of what kind of event it was, kept with its id. */
    String kind();

    /** A Checkout Session was paid, for {@code amountTotalCents}. {@code depositId} is null if the event names none. */
    record DepositPaid(String eventId, String sessionId, DepositId depositId, long amountTotalCents) implements GatewayEvent {
        public DepositPaid {
            Objects.requireNonNull(eventId, "eventId");
        }

        @Override
        public String kind() {
            return "deposit_paid";
        }
    }

    /** A Checkout Session expired unpaid, or its asynchronous payment failed. */
    record DepositFailed(String eventId, String sessionId, DepositId depositId) implements GatewayEvent {
        public DepositFailed {
            Objects.requireNonNull(eventId, "eventId");
        }

        @Override
        public String kind() {
            return "deposit_failed";
        }
    }

    /** What the provider now says of a connected account. */
    record AccountUpdated(String eventId, String accountId, boolean detailsSubmitted, boolean payoutsEnabled)
            implements GatewayEvent {
        public AccountUpdated {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public String kind() {
            return "account_updated";
        }
    }

    /** Any other event, or one that needs no action (a session completed with its payment still on the way). */
    record Ignored(String eventId, String providerType) implements GatewayEvent {
        public Ignored {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(providerType, "providerType");
        }

        @Override
        public String kind() {
            return "ignored:" + providerType;
        }
    }
}
