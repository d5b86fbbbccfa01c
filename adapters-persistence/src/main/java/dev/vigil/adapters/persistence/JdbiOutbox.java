package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Outbox;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.WebhookId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The outbox in {@code notification_events}, {@code deliveries}, {@code delivery_events} and
 * {@code delivery_attempts}. Writes join the caller's transaction, so an outbox row commits with the change that
 * caused it.
 */
public final class JdbiOutbox implements Outbox {
    private static final String EVENTS = "notification_events";
    private static final String DELIVERIES = "deliveries";
    private final SqliteDatabase database;

    public JdbiOutbox(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public EventId nextEventId() {
        return new EventId(database.write(h -> h.attach(SequenceDao.class).next(EVENTS)));
    }

    @Override
    public void saveEvent(EventRecord event) {
        database.write(h -> {
            h.attach(NotificationEventDao.class).upsert(NotificationEventRow.of(event));
            h.attach(SequenceDao.class).atLeast(EVENTS, event.id().value());
            return null;
        });
    }

    @Override
    public List<EventRecord> events(List<EventId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventRecord> byId = database.read(h -> h.attach(NotificationEventDao.class)
                        .byIds(ids.stream().map(EventId::value).toList())).stream()
                .map(NotificationEventRow::toDomain)
                .collect(Collectors.toMap(e -> e.id().value(), Function.identity()));
        return ids.stream().map(id -> byId.get(id.value())).filter(Objects::nonNull).toList();
    }

    @Override
    public DeliveryId nextDeliveryId() {
        return new DeliveryId(database.write(h -> h.attach(SequenceDao.class).next(DELIVERIES)));
    }

    @Override
    public void save(Delivery delivery) {
        database.write(h -> {
            DeliveryDao dao = h.attach(DeliveryDao.class);
            long id = delivery.id().value();
            dao.upsert(DeliveryRow.of(delivery));
            for (int i = 0; i < delivery.events().size(); i++) {
                dao.addEvent(id, i, delivery.events().get(i).value());
            }
            DeliveryRow.attemptsOf(delivery).forEach(dao::addAttempt);
            h.attach(SequenceDao.class).atLeast(DELIVERIES, id);
            return null;
        });
    }

    @Override
    public Optional<Delivery> byId(DeliveryId id) {
        return database.read(h -> h.attach(DeliveryDao.class).byId(id.value()).map(row -> load(h, row)));
    }

    @Override
    public Optional<Delivery> latestWithKey(WebhookId webhook, String key) {
        return database.read(h -> h.attach(DeliveryDao.class).latestWithKey(webhook.value(), key).map(row -> load(h, row)));
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return database.read(h -> h.attach(DeliveryDao.class).due(now.toEpochMilli(), limit).stream()
                .map(row -> load(h, row)).toList());
    }

    @Override
    public List<Delivery> ofWebhook(WebhookId webhook, int limit) {
        return database.read(h -> h.attach(DeliveryDao.class).ofWebhook(webhook.value(), limit).stream()
                .map(row -> load(h, row)).toList());
    }

    @Override
    public int releaseClaims() {
        return database.write(h -> h.attach(DeliveryDao.class).releaseClaims());
    }

    @Override
    public void deleteOfWebhook(WebhookId webhook) {
        database.write(h -> {
            h.attach(DeliveryDao.class).deleteOfWebhook(webhook.value());
            return null;
        });
    }

    @Override
    public int pruneFinishedBefore(Instant cutoff) {
        return database.write(h -> {
            int deliveries = h.attach(DeliveryDao.class).deleteFinishedBefore(cutoff.toEpochMilli());
            h.attach(NotificationEventDao.class).deleteUntold();
            return deliveries;
        });
    }

    private static Delivery load(Handle h, DeliveryRow row) {
        DeliveryDao dao = h.attach(DeliveryDao.class);
        return row.toDomain(dao.eventIds(row.id()), dao.attempts(row.id()));
    }
}
