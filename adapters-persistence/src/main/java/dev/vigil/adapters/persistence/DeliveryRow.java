package dev.vigil.adapters.persistence;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.DeliveryState;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.WebhookId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A row of the {@code deliveries} table; its events and attempts live in child tables. */
public record DeliveryRow(long id, long webhookId, String eventType, String coalesceKey, String state,
                          long createdAt, long dueAt, Long leasedUntil, int retryBase, Long finishedAt) {

    static DeliveryRow of(Delivery d) {
        return new DeliveryRow(d.id().value(), d.webhook().value(), Columns.name(d.type()), d.coalesceKey().orElse(null),
                Columns.name(d.state()), Columns.millis(d.createdAt()), Columns.millis(d.dueAt()),
                Columns.millis(d.leasedUntil()), d.retryBase(), Columns.millis(d.finishedAt()));
    }

    Delivery toDomain(List<Long> eventIds, List<DeliveryAttemptRow> attempts) {
        return Delivery.restore(new DeliveryId(id), new WebhookId(webhookId), Columns.enumOf(EventType.class, eventType),
                Optional.ofNullable(coalesceKey), eventIds.stream().map(EventId::new).toList(),
                Columns.enumOf(DeliveryState.class, state), Columns.instant(createdAt), Columns.instant(dueAt),
                Columns.instant(leasedUntil), attempts.stream().map(DeliveryAttemptRow::toDomain).toList(), retryBase,
                Columns.instant(finishedAt));
    }

    static List<DeliveryAttemptRow> attemptsOf(Delivery d) {
        return d.attempts().stream().map(a -> DeliveryAttemptRow.of(d.id(), a)).toList();
    }

    /** A row of the {@code delivery_attempts} table. */
    public record DeliveryAttemptRow(long deliveryId, int number, long startedAt, long durationMs, String outcome,
                                     Integer statusCode, String error) {
        static DeliveryAttemptRow of(DeliveryId delivery, DeliveryAttempt a) {
            return new DeliveryAttemptRow(delivery.value(), a.number(), Columns.millis(a.at()), a.duration().toMillis(),
                    Columns.name(a.outcome()), a.statusCode().orElse(null), a.error());
        }

        DeliveryAttempt toDomain() {
            return new DeliveryAttempt(number, Columns.instant(startedAt), Duration.ofMillis(durationMs),
                    Columns.enumOf(AttemptOutcome.class, outcome),
                    Optional.ofNullable(statusCode), error);
        }
    }
}
