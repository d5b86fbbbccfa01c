package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.StatusChangeFacts;
import dev.vigil.domain.webhook.SystemRef;
import dev.vigil.domain.webhook.Webhook;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The generic webhook's JSON, version 1 (documented in docs/notifications.md): the message as text plus every event
 * in full, each with its own fields ({@code details}, typed). Other kinds than status changes travel one event per
 * message and also carry that event's {@code details} at the top. For status changes it carries, at the top, the
 * predecessor's fields ({@code system},
 * {@code dependency}, {@code old_status}, {@code new_status}, {@code message}, {@code source}) describing the
 * message's net change, so receivers written for the predecessor keep working.
 */
final class GenericFormat implements MessageFormat {
    static final int VERSION = 1;

    @Override
    public ObjectNode render(Message message, Dispatch dispatch, Webhook webhook) {
        List<EventRecord> events = dispatch.events();
        ObjectNode body = JSON.objectNode();
        body.put("version", VERSION);
        body.put("event", dispatch.event());
        if (events.isEmpty()) {
            body.putNull("event_id");
        } else {
            body.put("event_id", events.get(events.size() - 1).id().value());
        }
        body.put("delivery_id", dispatch.deliveryId());
        body.put("timestamp", time(message.occurredAt()));
        body.put("sent_at", time(dispatch.sentAt()));
        body.put("title", message.title());
        body.put("text", message.text());
        body.put("severity", message.tone().wireName());
        body.put("link", message.link().orElse(null));
        ArrayNode systems = body.putArray("systems");
        events.stream().flatMap(e -> e.systems().stream()).map(SystemRef::id).distinct()
                .forEach(id -> systems.add(system(events.stream().flatMap(e -> e.systems().stream())
                        .filter(s -> s.id().equals(id)).findFirst().orElseThrow())));
        if (!events.isEmpty() && events.stream().allMatch(e -> e.statusChange().isPresent())) {
            netChange(body, events);
        } else if (!events.isEmpty()) {
            body.set("details", details(events.get(events.size() - 1)));
        }
        ArrayNode list = body.putArray("events");
        events.forEach(e -> list.add(event(e)));
        return body;
    }

    /** The predecessor's status change fields, for the message's subject: the system, else its last dependency. */
    private static void netChange(ObjectNode body, List<EventRecord> events) {
        SystemRef system = events.get(0).systems().get(0);
        List<StatusChangeFacts> changes = events.stream().map(e -> e.statusChange().orElseThrow()).toList();
        List<StatusChangeFacts> own = changes.stream().filter(c -> !c.isAboutDependency()).toList();
        List<StatusChangeFacts> subject;
        if (!own.isEmpty()) {
            subject = own;
        } else {
            DependencyRef last = changes.get(changes.size() - 1).dependency().orElseThrow();
            subject = changes.stream().filter(c -> c.dependency().orElseThrow().id().equals(last.id())).toList();
        }
        StatusChangeFacts first = subject.get(0);
        StatusChangeFacts last = subject.get(subject.size() - 1);
        body.set("system", system(system));
        body.set("dependency", dependency(last.dependency()));
        body.put("old_status", first.from().wireName());
        body.put("new_status", last.to().wireName());
        body.put("message", last.message());
        body.put("source", last.source().wireName());
        body.set("cause", dependency(last.cause()));
    }

    private static ObjectNode event(EventRecord e) {
        ObjectNode node = JSON.objectNode();
        node.put("id", e.id().value());
        node.put("event", e.type().wireName());
        node.put("timestamp", time(e.occurredAt()));
        node.put("summary", e.summary());
        ArrayNode systems = node.putArray("systems");
        e.systems().forEach(s -> systems.add(system(s)));
        if (e.statusChange().isPresent()) {
            StatusChangeFacts s = e.statusChange().get();
            ObjectNode change = node.putObject("status_change");
            change.put("log_entry_id", s.logEntryId());
            change.set("system", system(e.systems().get(0)));
            change.set("dependency", dependency(s.dependency()));
            change.put("old_status", wire(s.from()));
            change.put("new_status", wire(s.to()));
            change.put("source", s.source().wireName());
            change.put("message", s.message());
            change.set("cause", dependency(s.cause()));
        } else {
            node.putNull("status_change");
        }
        node.set("details", details(e));
        return node;
    }

    /** The event's own fields, each typed by its kind: text, number, ISO-8601 time, boolean, or null when empty. */
    private static ObjectNode details(EventRecord e) {
        ObjectNode details = JSON.objectNode();
        e.facts().forEach(f -> details.set(f.key(), value(f)));
        return details;
    }

    private static JsonNode value(Fact f) {
        if (f.kind() == Fact.Kind.TEXT) {
            return JSON.textNode(f.value());
        }
        if (f.isEmpty()) {
            return JSON.nullNode();
        }
        switch (f.kind()) {
            case NUMBER:
                BigDecimal number = new BigDecimal(f.value());
                return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0
                        ? JSON.numberNode(number.toBigInteger()) : JSON.numberNode(number);
            case FLAG:
                return JSON.booleanNode(Boolean.parseBoolean(f.value()));
            default:
                return JSON.textNode(f.value());
        }
    }

    private static ObjectNode system(SystemRef s) {
        return JSON.objectNode().put("id", s.id().value()).put("name", s.name());
    }

    private static JsonNode dependency(Optional<DependencyRef> d) {
        return d.<JsonNode>map(x -> JSON.objectNode().put("id", x.id().value())
                .put("name", x.name())).orElse(JSON.nullNode());
    }

    private static String wire(Status status) {
        return status.wireName();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
