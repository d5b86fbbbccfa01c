package dev.vigil.application.service;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.check.HeartbeatMissing;
import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.incident.IncidentOpened;
import dev.vigil.domain.incident.IncidentResolved;
import dev.vigil.domain.incident.IncidentUpdated;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.maintenance.MaintenanceCompleted;
import dev.vigil.domain.maintenance.MaintenanceEvent;
import dev.vigil.domain.maintenance.MaintenanceScheduled;
import dev.vigil.domain.maintenance.MaintenanceStarted;
import dev.vigil.domain.sla.SlaBreached;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.webhook.DependencyRef;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.StatusChangeFacts;
import dev.vigil.domain.webhook.SystemRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a domain event into the record the outbox keeps. Every kind of event is described by its type, time,
 * summary and systems (with their names, and the page slug of a public system, as they are now); status changes
 * carry their {@link StatusChangeFacts}, and every other kind Vigil publishes its own fields as {@link Fact}s (the
 * generic webhook's {@code details}). A kind without a branch here is still described by its summary: see
 * docs/notifications.md. Internal incident notes never become facts.
 */
final class EventDescriber {
    private final Systems systems;

    EventDescriber(Systems systems) {
        this.systems = systems;
    }

    EventRecord describe(EventId id, DomainEvent event) {
        if (event instanceof StatusChanged changed) {
            return statusChange(id, changed);
        }
        List<SystemRef> refs = event.systems().stream()
                .sorted(Comparator.comparingLong(SystemId::value))
                .map(system -> ref(system, Optional.empty()))
                .toList();
        return new EventRecord(id, event.type(), event.occurredAt(), Objects.toString(event.summary(), ""), refs,
                Optional.empty(), facts(event));
    }

    /** The event's own fields, by kind; none for a kind this class does not know. */
    static List<Fact> facts(DomainEvent event) {
        if (event instanceof HeartbeatMissing e) {
            return List.of(
                    Fact.number("dependency_id", "Dependency id", e.dependency().value()),
                    Fact.text("dependency_name", "Dependency", e.dependencyName()),
                    Fact.time("last_ping_at", "Last ping", e.lastPingAt()),
                    Fact.time("due_by", "Due by", e.dueBy()));
        }
        if (event instanceof IncidentOpened e) {
            return List.of(
                    Fact.number("incident_id", "Incident", e.incident().value()),
                    Fact.text("title", "Title", e.title()),
                    Fact.text("impact", "Impact", e.impact().wireName()),
                    Fact.text("origin", "Opened", e.origin().wireName()),
                    Fact.time("started_at", "Started", e.startedAt()),
                    Fact.text("message", "Message", e.message()));
        }
        if (event instanceof IncidentUpdated e) {
            List<Fact> facts = new ArrayList<>(List.of(
                    Fact.number("incident_id", "Incident", e.incident().value()),
                    Fact.text("title", "Title", e.title()),
                    Fact.text("impact", "Impact", e.impact().wireName()),
                    Fact.text("state", "State", e.state().wireName()),
                    Fact.text("changes", "Changes", String.join("; ", e.changes()))));
            facts.add(Fact.text("message", "Message", e.publicMessage().orElse("")));
            return facts;
        }
        if (event instanceof IncidentResolved e) {
            return List.of(
                    Fact.number("incident_id", "Incident", e.incident().value()),
                    Fact.text("title", "Title", e.title()),
                    Fact.text("impact", "Impact", e.impact().wireName()),
                    Fact.text("origin", "Opened", e.origin().wireName()),
                    Fact.time("started_at", "Started", e.startedAt()),
                    Fact.time("resolved_at", "Resolved", e.resolvedAt()),
                    Fact.number("duration_seconds", "Lasted (s)", seconds(e.lasted())),
                    Fact.text("message", "Message", e.message()));
        }
        if (event instanceof MaintenanceScheduled e) {
            return window(e, Fact.flag("all_systems", "All systems", e.allSystems()),
                    Fact.flag("rescheduled", "Rescheduled", e.rescheduled()));
        }
        if (event instanceof MaintenanceStarted e) {
            return window(e, Fact.flag("all_systems", "All systems", e.allSystems()));
        }
        if (event instanceof MaintenanceCompleted e) {
            return window(e, Fact.flag("cancelled", "Cancelled", e.cancelled()),
                    Fact.flag("started", "Started", !e.calledOff()),
                    Fact.flag("all_systems", "All systems", e.allSystems()));
        }
        if (event instanceof SlaBreached e) {
            return List.of(
                    Fact.number("breach_id", "Breach", e.breach().value()),
                    Fact.text("period", "Period", e.period().wireName()),
                    Fact.time("period_start", "Period start", e.periodStart()),
                    Fact.time("period_end", "Period end", e.periodEnd()),
                    Fact.number("sla_target", "SLA target (%)", e.target()),
                    Fact.number("availability_percent", "Availability (%)", e.availability()),
                    Fact.number("error_budget_seconds", "Error budget (s)", seconds(e.budget())),
                    Fact.number("budget_spent_seconds", "Budget spent (s)", seconds(e.spent())));
        }
        return List.of();
    }

    /** The facts of a maintenance window every maintenance event carries, then the event's own. */
    private static List<Fact> window(MaintenanceEvent e, Fact... own) {
        List<Fact> facts = new ArrayList<>(List.of(
                Fact.number("maintenance_id", "Maintenance", e.maintenance().value()),
                Fact.text("title", "Title", e.title()),
                Fact.text("description", "Description", e.description()),
                Fact.time("starts_at", "Starts", e.startsAt()),
                Fact.time("ends_at", "Ends", e.endsAt())));
        facts.addAll(List.of(own));
        return List.copyOf(facts);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private EventRecord statusChange(EventId id, StatusChanged event) {
        StatusChange change = event.entry().change();
        StatusChangeFacts facts = new StatusChangeFacts(event.entry().id(),
                change.dependency().map(d -> new DependencyRef(d, event.dependencyName().orElse(""))),
                change.from(), change.to(), change.source(), change.message(),
                change.cause().map(c -> new DependencyRef(c, event.causeName().orElse(""))));
        return new EventRecord(id, event.type(), event.occurredAt(), event.summary(),
                List.of(ref(change.system(), Optional.of(event.systemName()))), Optional.of(facts), List.of());
    }

    /** A system as a message names it; only a public system has a page of its own to link to. */
    private SystemRef ref(SystemId id, Optional<String> knownName) {
        Optional<MonitoredSystem> system = systems.byId(id);
        String name = knownName.or(() -> system.map(MonitoredSystem::name)).orElse("");
        return new SystemRef(id, name, system.filter(s -> s.visibility() == Visibility.PUBLIC)
                .map(s -> s.slug().value()));
    }
}
