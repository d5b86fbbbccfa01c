package dev.vigil.application.service;

import dev.vigil.application.port.in.incident.SweepAutomaticIncidents;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.incident.AutomaticWatch;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches system statuses (the status log and the current status, whatever changed them: a person, a check, the
 * roll-up) and keeps automatic incidents in step. It decides from reads which systems need something done and
 * handles each of those in its own transaction, reading again inside it; what an incident has seen of the log is
 * stored with it, so a restart repeats nothing.
 */
public final class SweepAutomaticIncidentsService implements SweepAutomaticIncidents {
    /** How many status changes one sweep takes into account per incident. */
    static final int CHANGES_PER_SWEEP = 100;
    private static final String BY = "vigil";

    private final Systems systems;
    private final Incidents incidents;
    private final StatusHistory history;
    private final MaintenanceWindows windows;
    private final IncidentNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public SweepAutomaticIncidentsService(Systems systems, Incidents incidents, StatusHistory history,
                                          MaintenanceWindows windows, EventPublisher events,
                                          Transactions transactions, Clock clock) {
        this.systems = systems;
        this.incidents = incidents;
        this.history = history;
        this.windows = windows;
        this.notices = new IncidentNotices(events, new SystemNames(systems));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Sweep sweep() {
        int[] counts = new int[3];
        Map<SystemId, Incident> open = new HashMap<>();
        incidents.unresolved().forEach(i -> i.watch().ifPresent(w -> open.put(w.system(), i)));
        for (MonitoredSystem listed : systems.all()) {
            Incident watching = open.remove(listed.id());
            if (watching != null) {
                AutomaticWatch watch = watching.watch().orElseThrow();
                if (!history.systemChangesAfter(listed.id(), watch.lastSeenLogEntry(), 1).isEmpty()) {
                    transactions.run(() -> incidents.openAutomaticOf(listed.id()).ifPresent(i -> follow(i, counts)));
                }
            } else if (listed.status() == Status.OUTAGE && listed.details().opensIncidentsAutomatically()) {
                transactions.run(() -> systems.byId(listed.id()).filter(s -> incidents.openAutomaticOf(s.id())
                        .isEmpty()).filter(this::maybeOpen).ifPresent(s -> counts[0]++));
            }
        }
        for (Incident orphan : open.values()) {
            if (systems.byId(orphan.watch().orElseThrow().system()).isEmpty()) {
                transactions.run(() -> incidents.byId(orphan.id()).filter(i -> !i.isResolved()).ifPresent(i -> {
                    Instant now = clock.instant();
                    Incident resolved = i.resolve("The system was deleted.", Optional.empty(), BY, now, now);
                    incidents.save(resolved);
                    notices.resolved(resolved, now);
                    counts[2]++;
                }));
            }
        }
        return new Sweep(counts[0], counts[1], counts[2]);
    }

    /** Adds an update for each status change the incident has not seen; resolves it on recovery. */
    private void follow(Incident incident, int[] counts) {
        AutomaticWatch watch = incident.watch().orElseThrow();
        List<StatusLogEntry> changes = history.systemChangesAfter(watch.system(), watch.lastSeenLogEntry(),
                CHANGES_PER_SWEEP);
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Incident current = incident;
        boolean updated = false;
        for (StatusLogEntry entry : changes) {
            StatusChange change = entry.change();
            if (change.to() == Status.OPERATIONAL) {
                Instant at = change.at().isBefore(current.startedAt()) ? current.startedAt() : change.at();
                Duration lasted = Duration.between(current.startedAt(), at);
                current = current.seen(entry.id()).resolve("Recovered after " + Incident.inWords(lasted) + ".",
                        Optional.empty(), BY, at.isAfter(now) ? now : at, now);
                incidents.save(current);
                notices.resolved(current, now);
                counts[2]++;
                return;
            }
            if (current.hasRoomForUpdates()) {
                current = current.addUpdate(describe(change), UpdateVisibility.PUBLIC, BY, now);
                notices.updated(current, List.of("status: " + change.from().wireName() + " -> "
                        + change.to().wireName()), Optional.of(current.latestUpdate()), now);
                updated = true;
            }
            current = current.seen(entry.id());
        }
        incidents.save(current);
        if (updated) {
            counts[1]++;
        }
    }

    /** Opens an incident when the system has been in outage long enough, outside maintenance, once per outage. */
    private boolean maybeOpen(MonitoredSystem system) {
        if (system.status() != Status.OUTAGE || !system.details().opensIncidentsAutomatically()
                || windows.inEffect().stream().anyMatch(w -> w.covers(system.id()))) {
            return false;
        }
        Optional<StatusLogEntry> last = history.lastSystemChange(system.id());
        if (last.isEmpty() || last.get().change().to() != Status.OUTAGE) {
            return false;
        }
        Instant since = last.get().change().at();
        Instant now = clock.instant();
        Duration down = Duration.between(since, now);
        if (down.compareTo(system.details().autoIncidentAfter()) < 0
                || incidents.automaticFor(system.id(), since).isPresent()) {
            return false;
        }
        String cause = last.get().change().message();
        String message = system.name() + " has been in outage since " + since + " (" + Incident.inWords(down) + ")."
                + (cause.isBlank() ? "" : " " + cause);
        Incident incident = Incident.openAutomatically(incidents.nextId(), title(system),
                new AutomaticWatch(system.id(), since, last.get().id()), message, now);
        incidents.save(incident);
        notices.opened(incident, now);
        return true;
    }

    private static String title(MonitoredSystem system) {
        String name = system.name().length() > Incident.TITLE_MAX - 8
                ? system.name().substring(0, Incident.TITLE_MAX - 9) + "…" : system.name();
        return name + " is down";
    }

    private static String describe(StatusChange change) {
        String text = "Status is now " + change.to().wireName() + " (was " + change.from().wireName() + ").";
        return change.message().isBlank() ? text : text + " " + change.message();
    }
}
