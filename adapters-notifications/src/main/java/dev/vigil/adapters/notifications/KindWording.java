package dev.vigil.adapters.notifications;

import static dev.vigil.adapters.notifications.MessageComposer.TIME;

import dev.vigil.domain.incident.IncidentUpdated;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.SystemRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wording of every kind of event other than status changes, from the facts the event was stored with: what
 * happened, to which systems, from what to what, why and since when, readable at a glance. An event stored without
 * the facts a wording needs (written by an older Vigil) gets none, and is told the generic way.
 */
final class KindWording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int NAMED_SYSTEMS = 5;

    Optional<Message> compose(EventRecord e, String footer, Optional<String> link) {
        Optional<Draft> draft = switch (e.type()) {
            case HEARTBEAT_MISSING -> heartbeatMissing(e);
            case INCIDENT_OPENED -> incidentOpened(e);
            case INCIDENT_UPDATED -> incidentUpdated(e);
            case INCIDENT_RESOLVED -> incidentResolved(e);
            case MAINTENANCE_SCHEDULED -> maintenanceScheduled(e);
            case MAINTENANCE_STARTED -> maintenanceStarted(e);
            case MAINTENANCE_COMPLETED -> maintenanceCompleted(e);
            case SLA_BREACH -> slaBreach(e);
            default -> Optional.empty();
        };
        return draft.map(d -> new Message(MessageComposer.emoji(e.type()), d.title, d.tone, d.lines, d.fields, link,
                e.occurredAt(), footer));
    }

    /** What a kind's wording decides: the rest of a message is the same for every kind. */
    private static final class Draft {
        private final String title;
        private final Tone tone;
        private final List<String> lines = new ArrayList<>();
        private final List<Message.Field> fields = new ArrayList<>();

        Draft(String title, Tone tone) {
            this.title = title;
            this.tone = tone;
        }

        Draft line(String line) {
            if (!line.isBlank()) {
                lines.add(line);
            }
            return this;
        }

        Draft field(String label, String value) {
            fields.add(new Message.Field(label, value));
            return this;
        }
    }

    private static Optional<Draft> heartbeatMissing(EventRecord e) {
        Optional<Instant> due = e.fact("due_by").flatMap(Fact::instant);
        if (due.isEmpty() || e.systems().isEmpty()) {
            return Optional.empty();
        }
        String system = e.systems().get(0).name();
        String dependency = e.value("dependency_name");
        return Optional.of(new Draft(system + " / " + dependency + ": heartbeat missing", Tone.DANGER)
                .line(dependency + " (a dependency of " + system + ") did not call in: a heartbeat was due by "
                        + TIME.format(due.get()) + ".")
                .field("Missing since", TIME.format(due.get()))
                .field("Last ping", e.fact("last_ping_at").flatMap(Fact::instant).map(TIME::format).orElse("never")));
    }

    private static Optional<Draft> incidentOpened(EventRecord e) {
        Optional<Instant> started = e.fact("started_at").flatMap(Fact::instant);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        boolean automatic = e.value("origin").equals("automatic");
        String affecting = e.systems().isEmpty() ? "" : " affecting " + names(e.systems());
        return Optional.of(new Draft("Incident: " + e.value("title"), impactTone(e.value("impact")))
                .line((automatic ? "Vigil opened an incident" : "New incident") + affecting + " ("
                        + impact(e.value("impact")) + ").")
                .line(e.value("message"))
                .field("Started", TIME.format(started.get()))
                .field("Opened", automatic ? "automatically" : "by hand"));
    }

    private static Optional<Draft> incidentUpdated(EventRecord e) {
        if (e.fact("state").isEmpty()) {
            return Optional.empty();
        }
        String incident = "the incident" + (e.systems().isEmpty() ? "" : " affecting " + names(e.systems()));
        String changes = e.value("changes");
        String what = changes.equals(IncidentUpdated.posted(UpdateVisibility.PUBLIC))
                ? "New update on " + incident + "."
                : capitalized(incident) + " changed (" + changes.replace(" -> ", " → ") + ").";
        return Optional.of(new Draft("Incident update: " + e.value("title"), impactTone(e.value("impact")))
                .line(what)
                .line(e.value("message"))
                .field("State", capitalized(e.value("state")))
                .field("Impact", capitalized(e.value("impact"))));
    }

    private static Optional<Draft> incidentResolved(EventRecord e) {
        Optional<Instant> started = e.fact("started_at").flatMap(Fact::instant);
        Optional<Instant> resolved = e.fact("resolved_at").flatMap(Fact::instant);
        if (started.isEmpty() || resolved.isEmpty()) {
            return Optional.empty();
        }
        String message = e.value("message");
        return Optional.of(new Draft("Resolved: " + e.value("title"), Tone.GOOD)
                .line("The incident" + (e.systems().isEmpty() ? "" : " affecting " + names(e.systems()))
                        + " is resolved after " + human(Duration.between(started.get(), resolved.get())) + ".")
                .line(message.equals("Resolved.") ? "" : message)
                .field("Started", TIME.format(started.get()))
                .field("Resolved", TIME.format(resolved.get()))
                .field("Impact", capitalized(e.value("impact"))));
    }

    private static Optional<Draft> maintenanceScheduled(EventRecord e) {
        Optional<Instant> starts = e.fact("starts_at").flatMap(Fact::instant);
        Optional<Instant> ends = e.fact("ends_at").flatMap(Fact::instant);
        if (starts.isEmpty() || ends.isEmpty()) {
            return Optional.empty();
        }
        boolean rescheduled = e.value("rescheduled").equals("true");
        return Optional.of(new Draft("Maintenance " + (rescheduled ? "rescheduled: " : "scheduled: ")
                + e.value("title"), Tone.MAINTENANCE)
                .line(systems(e) + " will be in maintenance for " + human(Duration.between(starts.get(), ends.get()))
                        + ".")
                .line(e.value("description"))
                .field("Starts", TIME.format(starts.get()))
                .field("Ends", TIME.format(ends.get())));
    }

    private static Optional<Draft> maintenanceStarted(EventRecord e) {
        Optional<Instant> ends = e.fact("ends_at").flatMap(Fact::instant);
        if (ends.isEmpty()) {
            return Optional.empty();
        }
        String systems = systems(e);
        return Optional.of(new Draft("Maintenance started: " + e.value("title"), Tone.MAINTENANCE)
                .line(systems + (plural(e) ? " are" : " is") + " in maintenance until " + TIME.format(ends.get())
                        + "; status changes are not notified meanwhile.")
                .line(e.value("description"))
                .field("Since", TIME.format(e.occurredAt()))
                .field("Until", TIME.format(ends.get())));
    }

    private static Optional<Draft> maintenanceCompleted(EventRecord e) {
        Optional<Instant> starts = e.fact("starts_at").flatMap(Fact::instant);
        Optional<Instant> ends = e.fact("ends_at").flatMap(Fact::instant);
        if (starts.isEmpty() || ends.isEmpty() || e.fact("started").isEmpty()) {
            return Optional.empty();
        }
        String systems = systems(e);
        if (e.value("started").equals("false")) {
            return Optional.of(new Draft("Maintenance called off: " + e.value("title"), Tone.GOOD)
                    .line("The maintenance of " + (systems.equals("All systems") ? "all systems" : systems)
                            + " will not take place.")
                    .field("Was to start", TIME.format(starts.get()))
                    .field("Was to end", TIME.format(ends.get())));
        }
        boolean cancelled = e.value("cancelled").equals("true");
        Draft draft = new Draft("Maintenance " + (cancelled ? "ended early: " : "completed: ") + e.value("title"),
                Tone.GOOD)
                .line(systems + (plural(e) ? " are" : " is") + " out of maintenance after "
                        + human(Duration.between(starts.get(), e.occurredAt())) + "; status changes are notified again.")
                .field("Started", TIME.format(starts.get()))
                .field("Ended", TIME.format(e.occurredAt()));
        return Optional.of(cancelled ? draft.field("Planned end", TIME.format(ends.get())) : draft);
    }

    private static Optional<Draft> slaBreach(EventRecord e) {
        Optional<Instant> from = e.fact("period_start").flatMap(Fact::instant);
        Optional<Instant> to = e.fact("period_end").flatMap(Fact::instant);
        if (from.isEmpty() || to.isEmpty() || e.systems().isEmpty() || e.value("sla_target").isEmpty()) {
            return Optional.empty();
        }
        String system = e.systems().get(0).name();
        Duration budget = seconds(e.value("error_budget_seconds"));
        Duration spent = seconds(e.value("budget_spent_seconds"));
        return Optional.of(new Draft("SLA breached: " + system, Tone.WARNING)
                .line(system + " has used up its error budget for the " + e.value("period") + " "
                        + DAY.format(from.get()) + " to " + DAY.format(to.get().minusMillis(1)) + ": availability "
                        + percent(e.value("availability_percent")) + " against a target of "
                        + percent(e.value("sla_target")) + ".")
                .line(human(spent) + " of outage, where the target allows " + human(budget) + ".")
                .field("Availability", percent(e.value("availability_percent")))
                .field("Target", percent(e.value("sla_target")))
                .field("Error budget", human(budget))
                .field("Spent", human(spent))
                .field("Detected", TIME.format(e.occurredAt())));
    }

    /** A fact's value as people read it: times in UTC, flags as yes or no, "none" for an empty value. */
    static String shown(Fact f) {
        if (f.isEmpty()) {
            return f.kind() == Fact.Kind.TEXT ? "" : "none";
        }
        return switch (f.kind()) {
            case TIME -> TIME.format(f.instant().orElseThrow());
            case FLAG -> f.value().equals("true") ? "yes" : "no";
            default -> f.value();
        };
    }

    /** The systems a maintenance concerns, as a subject: "All systems", "Checkout API", "Checkout API and Billing". */
    private static String systems(EventRecord e) {
        if (e.value("all_systems").equals("true") || e.systems().isEmpty()) {
            return "All systems";
        }
        return names(e.systems());
    }

    private static boolean plural(EventRecord e) {
        return e.value("all_systems").equals("true") || e.systems().size() != 1;
    }

    /** "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more". */
    static String names(List<SystemRef> systems) {
        List<String> names = systems.stream().map(SystemRef::name).toList();
        if (names.size() > NAMED_SYSTEMS) {
            return String.join(", ", names.subList(0, NAMED_SYSTEMS)) + " and " + (names.size() - NAMED_SYSTEMS)
                    + " more";
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String impact(String wire) {
        return wire.equals("none") ? "no impact" : wire + " impact";
    }

    /** How an open incident looks: red for a major or critical impact, yellow for minor, grey for none. */
    private static Tone impactTone(String wire) {
        return switch (wire) {
            case "critical", "major" -> Tone.DANGER;
            case "minor" -> Tone.WARNING;
            default -> Tone.INFO;
        };
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A percentage to at most three decimals: "99.9 %", "99.812 %". */
    static String percent(String number) {
        BigDecimal value = new BigDecimal(number).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + " %";
    }

    private static Duration seconds(String number) {
        return number.isEmpty() ? Duration.ZERO
                : Duration.ofMillis(new BigDecimal(number).movePointRight(3).setScale(0, RoundingMode.HALF_UP)
                        .longValueExact());
    }

    /** A duration as people say it: "45 s", "12 min", "44 min 38 s", "3 h 5 min", "2 d 4 h". */
    static String human(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
