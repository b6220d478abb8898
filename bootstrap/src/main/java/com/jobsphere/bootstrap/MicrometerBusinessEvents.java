package com.jobsphere.bootstrap;

import com.jobsphere.application.port.BusinessEvents;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The business counters of CONTRACT.md §14, in Prometheus' names:
 * <ul>
 * <li>{@code jobsphere_money_moved_cents_total{type}} and {@code jobsphere_ledger_transfers_total{type}}: every
 * committed ledger transfer, by {@link TransferType} ({@code deposit_credited} counts the deposits credited);
 * <li>{@code jobsphere_withdrawals_ended_total{status}}: withdrawals {@code completed}, {@code failed} or
 * {@code rejected};
 * <li>{@code jobsphere_webhook_events_total{type,outcome}}: payment events (Stripe's webhooks, and the development
 * gateway's pages, which stand in for them);
 * <li>{@code jobsphere_idempotent_replays_total}: requests answered with a recorded response.
 * </ul>
 * The transfer and withdrawal counters exist at zero from the start, so a dashboard shows 0 rather than nothing.
 */
final class MicrometerBusinessEvents implements BusinessEvents {
    private final MeterRegistry registry;
    private final Map<TransferType, Counter> moneyMoved = new EnumMap<>(TransferType.class);
    private final Map<TransferType, Counter> transfers = new EnumMap<>(TransferType.class);
    private final Counter replays;

    MicrometerBusinessEvents(MeterRegistry registry) {
        this.registry = registry;
        for (TransferType type : TransferType.values()) {
            moneyMoved.put(type, Counter.builder("jobsphere.money.moved").baseUnit("cents")
                    .description("Money moved by committed ledger transfers, by transfer type")
                    .tag("type", word(type)).register(registry));
            transfers.put(type, Counter.builder("jobsphere.ledger.transfers")
                    .description("Committed ledger transfers, by type")
                    .tag("type", word(type)).register(registry));
        }
        for (WithdrawalStatus end : new WithdrawalStatus[] {WithdrawalStatus.COMPLETED, WithdrawalStatus.FAILED,
            WithdrawalStatus.REJECTED}) {
            withdrawals(end);
        }
        this.replays = Counter.builder("jobsphere.idempotent.replays")
                .description("Requests answered with the response recorded for their Idempotency-Key")
                .register(registry);
    }

    @Override
    public void moneyMoved(TransferType type, long amountCents) {
        moneyMoved.get(type).increment(amountCents);
        transfers.get(type).increment();
    }

    @Override
    public void withdrawalEnded(WithdrawalStatus end, long amountCents) {
        withdrawals(end).increment();
    }

    @Override
    public void paymentEvent(String kind, String outcome) {
        Counter.builder("jobsphere.webhook.events")
                .description("Payment provider events handled, by type and outcome")
                .tags("type", kind, "outcome", outcome)
                .register(registry)
                .increment();
    }

    @Override
    public void requestReplayed() {
        replays.increment();
    }

    private Counter withdrawals(WithdrawalStatus end) {
        return Counter.builder("jobsphere.withdrawals.ended")
                .description("Withdrawals that reached an end, by status")
                .tag("status", word(end))
                .register(registry);
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
