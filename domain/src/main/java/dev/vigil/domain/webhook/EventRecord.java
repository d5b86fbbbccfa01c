package dev.vigil.domain.webhook;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An event as the outbox keeps it: everything a notification about it needs (names, from what to what, why, when),
 * captured when it happened, so that a message rendered hours later or after a restart says the same thing. Any
 * event has a kind, a time, a one-line summary and the systems it concerns; a status change also has its
 * {@link StatusChangeFacts}; other kinds may add {@link Fact}s.
 */
public record EventRecord(EventId id, EventType type, Instant occurredAt, String summary, List<SystemRef> systems,
                          Optional<StatusChangeFacts> statusChange, List<Fact> facts) {
    public static final int SUMMARY_MAX = 2000;
    public static final int FACTS_MAX = 20;

    public EventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(MILLIS);
        summary = Clip.line(summary, SUMMARY_MAX);
        systems = List.copyOf(systems);
        Objects.requireNonNull(statusChange, "statusChange");
        facts = List.copyOf(facts.size() > FACTS_MAX ? facts.subList(0, FACTS_MAX) : facts);
        if (statusChange.isPresent() && (type != EventType.STATUS_CHANGE || systems.size() != 1)) {
            throw new IllegalArgumentException("status change facts belong to a status_change event about one system");
        }
    }

    /** The fact with this key, if the event has one. */
    public Optional<Fact> fact(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The value of the fact with this key; empty when there is none. */
    public String value(String key) {
        return fact(key).map(Fact::value).orElse("");
    }

    /** The ids of the systems the event concerns. */
    public Set<SystemId> systemIds() {
        Set<SystemId> ids = new LinkedHashSet<>();
        systems.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
