package dev.vigil.adapters.persistence;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;

/** A row of the {@code notification_events} table: an event record with its details as a JSON document. */
public record NotificationEventRow(long id, String type, long occurredAt, String document) {

    static NotificationEventRow of(EventRecord e) {
        return new NotificationEventRow(e.id().value(), Columns.name(e.type()), Columns.millis(e.occurredAt()),
                EventDocument.write(e));
    }

    EventRecord toDomain() {
        EventDocument d = EventDocument.read(document);
        return new EventRecord(new EventId(id), Columns.enumOf(EventType.class, type), Columns.instant(occurredAt),
                d.summary(), d.systemRefs(), d.statusChangeFacts(), d.factList());
    }
}
