package dev.vigil.adapters.notifications;

import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.StatusChangeFacts;
import dev.vigil.domain.webhook.SystemRef;
import dev.vigil.domain.webhook.Webhook;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the message a person reads: what changed, from what to what, why, since when, and a link to the page.
 * Status changes get a full account (one message per system, naming the dependency that caused a roll-up, listing
 * every step when changes were merged); every other kind Vigil publishes has its own wording ({@link KindWording});
 * a kind without one (or an event stored without its facts) is told by its kind, systems, summary, facts and time,
 * so events this class has never heard of still read well.
 */
final class MessageComposer {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String ARROW = " → ";

    private final Optional<String> publicUrl;
    private final KindWording kinds = new KindWording();

    /** {@code publicUrl}: where the status page is served (no trailing slash), for links; empty for none. */
    MessageComposer(Optional<String> publicUrl) {
        this.publicUrl = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    Message compose(Dispatch dispatch, Webhook webhook) {
        String footer = "Vigil · " + dispatch.event() + (dispatch.isTest() ? "" : " · delivery " + dispatch.deliveryId());
        if (dispatch.isTest()) {
            return new Message("🔔", "Test notification from Vigil", Tone.INFO,
                    List.of("This is a test of the webhook named " + webhook.name() + ". If you can read it, Vigil can reach you."),
                    List.of(), publicUrl.map(u -> u + "/status"), dispatch.sentAt(), footer);
        }
        List<EventRecord> events = dispatch.events();
        boolean statusChanges = events.stream().allMatch(e -> e.statusChange().isPresent());
        if (statusChanges) {
            return statusChange(events, footer);
        }
        Optional<Message> own = events.size() == 1 ? kinds.compose(events.get(0), footer, link(events.get(0).systems()))
                : Optional.empty();
        return own.orElseGet(() -> other(events, footer));
    }

    private Message statusChange(List<EventRecord> events, String footer) {
        SystemRef system = events.get(0).systems().get(0);
        List<StatusChangeFacts> own = new ArrayList<>();
        List<StatusChangeFacts> ofDependencies = new ArrayList<>();
        for (EventRecord e : events) {
            StatusChangeFacts f = e.statusChange().orElseThrow();
            (f.isAboutDependency() ? ofDependencies : own).add(f);
        }
        List<String> lines = new ArrayList<>();
        List<Message.Field> fields = new ArrayList<>();
        Instant since = events.get(0).occurredAt();
        Status now;
        String title;
        String source;
        if (!own.isEmpty()) {
            StatusChangeFacts last = own.get(own.size() - 1);
            now = last.to();
            title = system.name() + ": " + label(now);
            lines.add(own.size() == 1
                    ? system.name() + " went from " + label(own.get(0).from()) + " to " + label(now) + "."
                    : system.name() + " changed " + own.size() + " times: " + path(own) + ".");
            Optional<StatusChangeFacts> causeChange = last.cause().flatMap(c -> lastChangeOf(ofDependencies, c));
            if (last.cause().isPresent()) {
                lines.add("Cause: " + causeChange.map(c -> c.dependency().orElseThrow().name() + " is " + label(c.to())
                        + (c.message().isEmpty() ? "" : ": " + c.message())).orElse(last.message()));
            } else if (!last.message().isEmpty()) {
                lines.add("Reason: " + last.message());
            }
            source = causeChange.orElse(last).source().wireName();
            String others = ofDependencies.stream()
                    .filter(d -> last.cause().map(c -> !c.id().equals(d.dependency().orElseThrow().id())).orElse(true))
                    .map(d -> d.dependency().orElseThrow().name() + ": " + label(d.from()) + ARROW + label(d.to()))
                    .distinct()
                    .collect(Collectors.joining("; "));
            if (!others.isEmpty()) {
                fields.add(new Message.Field("Also changed", others));
            }
        } else {
            Map<String, List<StatusChangeFacts>> byDependency = new LinkedHashMap<>();
            ofDependencies.forEach(d -> byDependency.computeIfAbsent(d.dependency().orElseThrow().name(),
                    k -> new ArrayList<>()).add(d));
            StatusChangeFacts last = ofDependencies.get(ofDependencies.size() - 1);
            source = last.source().wireName();
            if (byDependency.size() == 1) {
                String dependency = last.dependency().orElseThrow().name();
                now = last.to();
                title = system.name() + " / " + dependency + ": " + label(now);
                lines.add(ofDependencies.size() == 1
                        ? dependency + " (a dependency of " + system.name() + ") went from " + label(last.from())
                        + " to " + label(now) + "."
                        : dependency + " (a dependency of " + system.name() + ") changed " + ofDependencies.size()
                        + " times: " + path(ofDependencies) + ".");
                if (!last.message().isEmpty()) {
                    lines.add("Reason: " + last.message());
                }
            } else {
                now = Status.OPERATIONAL;
                for (List<StatusChangeFacts> changes : byDependency.values()) {
                    StatusChangeFacts latest = changes.get(changes.size() - 1);
                    now = now.worst(latest.to());
                    lines.add(latest.dependency().orElseThrow().name() + ": " + path(changes)
                            + (latest.message().isEmpty() ? "" : " (" + latest.message() + ")"));
                }
                title = system.name() + ": " + byDependency.size() + " dependencies changed";
            }
        }
        fields.add(0, new Message.Field("Since", TIME.format(since)));
        fields.add(1, new Message.Field("Source", source));
        return new Message(emoji(now), title, tone(now), lines, fields, link(List.of(system)), events.get(events.size() - 1).occurredAt(), footer);
    }

    private Message other(List<EventRecord> events, String footer) {
        EventRecord last = events.get(events.size() - 1);
        List<SystemRef> systems = events.stream().flatMap(e -> e.systems().stream()).distinct().toList();
        String names = systems.stream().map(SystemRef::name).collect(Collectors.joining(", "));
        String title = label(last.type()) + (names.isEmpty() ? "" : ": " + names);
        List<String> lines = events.stream().map(EventRecord::summary).filter(s -> !s.isEmpty()).toList();
        List<Message.Field> fields = new ArrayList<>();
        for (EventRecord e : events) {
            for (Fact f : e.facts()) {
                fields.add(new Message.Field(f.label(), KindWording.shown(f)));
            }
        }
        fields.add(new Message.Field("Time", TIME.format(last.occurredAt())));
        return new Message(emoji(last.type()), title, tone(last.type()), lines, fields, link(systems), last.occurredAt(), footer);
    }

    private Optional<String> link(List<SystemRef> systems) {
        return publicUrl.map(base -> systems.size() == 1 && systems.get(0).slug().isPresent()
                ? base + "/status/" + systems.get(0).slug().get()
                : base + "/status");
    }

    private static Optional<StatusChangeFacts> lastChangeOf(List<StatusChangeFacts> changes, DependencyRef dependency) {
        StatusChangeFacts found = null;
        for (StatusChangeFacts c : changes) {
            if (c.dependency().orElseThrow().id().equals(dependency.id())) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String path(List<StatusChangeFacts> changes) {
        StringBuilder path = new StringBuilder(label(changes.get(0).from()));
        changes.forEach(c -> path.append(ARROW).append(label(c.to())));
        return path.toString();
    }

    /** The label people read for a status. */
    static String label(Status status) {
        switch (status) {
            case OPERATIONAL: return "Operational";
            case DEGRADED: return "Degraded";
            case OUTAGE: return "Outage";
            case MAINTENANCE: return "Maintenance";
            default: return "Unknown";
        }
    }

    /** The label people read for a kind of event: {@code incident_opened} reads "Incident opened". */
    static String label(EventType type) {
        String words = type.wireName().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String emoji(Status status) {
        switch (status) {
            case OPERATIONAL: return "🟢";
            case DEGRADED: return "🟡";
            case OUTAGE: return "🔴";
            case MAINTENANCE: return "🔧";
            default: return "⚪";
        }
    }

    static Tone tone(Status status) {
        switch (status) {
            case OPERATIONAL: return Tone.GOOD;
            case DEGRADED: return Tone.WARNING;
            case OUTAGE: return Tone.DANGER;
            case MAINTENANCE: return Tone.MAINTENANCE;
            default: return Tone.INFO;
        }
    }

    static String emoji(EventType type) {
        switch (type) {
            case INCIDENT_OPENED: return "🚨";
            case INCIDENT_UPDATED: return "📝";
            case INCIDENT_RESOLVED: return "✅";
            case MAINTENANCE_SCHEDULED: return "🗓️";
            case MAINTENANCE_STARTED: return "🔧";
            case MAINTENANCE_COMPLETED: return "✅";
            case SLA_BREACH: return "⚠️";
            case HEARTBEAT_MISSING: return "💔";
            default: return "🔔";
        }
    }

    static Tone tone(EventType type) {
        switch (type) {
            case INCIDENT_OPENED:
            case HEARTBEAT_MISSING:
                return Tone.DANGER;
            case INCIDENT_RESOLVED:
            case MAINTENANCE_COMPLETED:
                return Tone.GOOD;
            case MAINTENANCE_SCHEDULED:
            case MAINTENANCE_STARTED:
                return Tone.MAINTENANCE;
            case SLA_BREACH:
                return Tone.WARNING;
            default:
                return Tone.INFO;
        }
    }
}
