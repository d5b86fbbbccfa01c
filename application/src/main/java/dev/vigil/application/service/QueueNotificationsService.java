package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.QueueNotifications;
import dev.vigil.application.port.out.MaintenanceCalendar;
import dev.vigil.application.port.out.Outbox;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.webhook.Coalescing;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.MaintenanceSilence;
import dev.vigil.domain.webhook.Webhook;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes an event to the outbox for each enabled webhook that wants it, in the caller's transaction. Status changes
 * of one system join the delivery still waiting to go out (so a dependency's outage and the roll-up it causes make
 * one message naming the cause, and a flapping check makes one message per window); status notifications that
 * maintenance silences, and events only people inside Vigil may read of (an internal incident note), are not
 * written at all.
 */
public final class QueueNotificationsService implements QueueNotifications {
    private final Webhooks webhooks;
    private final Outbox outbox;
    private final Systems systems;
    private final MaintenanceCalendar calendar;
    private final Coalescing coalescing;
    private final EventDescriber describer;
    private final Transactions transactions;
    private final Clock clock;

    public QueueNotificationsService(Webhooks webhooks, Outbox outbox, Systems systems, MaintenanceCalendar calendar,
                                     Coalescing coalescing, Transactions transactions, Clock clock) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.systems = systems;
        this.calendar = calendar;
        this.coalescing = coalescing;
        this.describer = new EventDescriber(systems);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void queue(DomainEvent event) {
        if (event.isInternal()) {
            return;
        }
        transactions.run(() -> {
            List<Webhook> wanting = webhooks.all().stream()
                    .filter(Webhook::enabled)
                    .filter(w -> w.filter().matches(event.type(), event.systems()))
                    .toList();
            if (wanting.isEmpty()) {
                return;
            }
            EventRecord record = describer.describe(outbox.nextEventId(), event);
            if (MaintenanceSilence.silences(record, system -> calendar.covers(system, record.occurredAt()),
                    system -> systems.byId(system).map(MonitoredSystem::status))) {
                return;
            }
            outbox.saveEvent(record);
            Instant now = clock.instant();
            Optional<String> key = Coalescing.keyOf(record);
            for (Webhook webhook : wanting) {
                Optional<Delivery> latest = key.flatMap(k -> outbox.latestWithKey(webhook.id(), k));
                if (latest.isPresent() && latest.get().acceptsMore()) {
                    outbox.save(latest.get().add(record.id()));
                } else {
                    outbox.save(Delivery.queue(outbox.nextDeliveryId(), webhook.id(), record, key,
                            coalescing.dueAt(latest, now), now));
                }
            }
        });
    }
}
