package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.IncidentLine;
import dev.vigil.application.port.in.status.StatusOverview.MaintenanceLine;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Incidents and maintenance as the public pages show them: words and times, the public systems they concern, and for
 * open incidents their public updates (newest first). An incident's title stays with its operators (seed 000: titles
 * and internal notes are private; impact, state, times and what was posted publicly are published).
 */
public final class PublicEvents {
    private static final String NO_SYSTEM = "No particular system";

    private PublicEvents() {
    }

    /** An open incident with its public timeline. */
    public record IncidentCard(String heading, String css, String affects, String started, String startedIso,
                               String contained, List<UpdateItem> updates) {
    }

    /** One public update of an incident. */
    public record UpdateItem(String at, String atIso, String state, String message) {
    }

    /** A maintenance window in progress or to come. */
    public record MaintenanceItem(String title, String description, String css, String when, String affects,
                                  boolean inProgress) {
    }

    /** A row of the incident history: impact, state, the systems it concerned, times. */
    public record PastIncident(String severity, String status, String affects, String discoveredAt,
                              String containedAt, String resolvedAt) {
    }

    static List<IncidentCard> active(StatusOverview overview, Optional<SystemId> only) {
        Map<SystemId, String> names = names(overview);
        return overview.activeIncidents().stream().filter(i -> concerns(i.systems(), only))
                .map(i -> new IncidentCard(impactLabel(i.impact()) + " · " + stateLabel(i.state()), css(i.impact()),
                        affects(i.systems(), names, NO_SYSTEM), StatusDetails.time(i.discoveredAt()), i.discoveredAt().toString(),
                        i.containedAt().map(StatusDetails::time).orElse(""),
                        i.updates().stream().sorted(Comparator.comparing(u -> -u.number()))
                                .map(u -> new UpdateItem(StatusDetails.time(u.at()), u.at().toString(),
                                        stateLabel(u.state()), u.message()))
                                .toList()))
                .toList();
    }

    static List<MaintenanceItem> maintenance(StatusOverview overview, Optional<SystemId> only) {
        Map<SystemId, String> names = names(overview);
        return overview.maintenances().stream().filter(m -> concerns(m.systems(), only))
                .map(m -> new MaintenanceItem(m.title(), m.description(), "s-maintenance",
                        when(m), affects(m.systems(), names, "All systems"), m.inProgress()))
                .toList();
    }

    static List<PastIncident> history(StatusOverview overview) {
        Map<SystemId, String> names = names(overview);
        return overview.incidents().stream()
                .map(i -> new PastIncident(impactLabel(i.impact()), stateLabel(i.state()), affects(i.systems(), names, NO_SYSTEM),
                        StatusDetails.time(i.discoveredAt()), i.containedAt().map(StatusDetails::time).orElse("–"),
                        i.resolvedAt().map(StatusDetails::time).orElse("–")))
                .toList();
    }

    /**
     * What {@code status.js} compares with {@code /status.json} to notice that incidents changed: each incident's
     * severity, status and times, as the JSON writes them.
     */
    static String signature(StatusOverview overview) {
        return overview.incidents().stream().map(i -> String.join("|", i.severity(), i.status(),
                        i.discoveredAt().toString(), i.containedAt().map(Instant::toString).orElse(""),
                        i.resolvedAt().map(Instant::toString).orElse("")))
                .collect(Collectors.joining(";"));
    }

    private static String when(MaintenanceLine m) {
        String span = StatusDetails.time(m.startsAt()) + " to " + StatusDetails.time(m.endsAt());
        return m.inProgress() ? "In progress until " + StatusDetails.time(m.endsAt()) : "Scheduled: " + span;
    }

    private static boolean concerns(List<SystemId> systems, Optional<SystemId> only) {
        return only.isEmpty() || systems.isEmpty() || systems.contains(only.get());
    }

    private static Map<SystemId, String> names(StatusOverview overview) {
        Map<SystemId, String> names = new HashMap<>();
        overview.systems().forEach(l -> names.put(l.system().id(), l.system().name()));
        return names;
    }

    private static String affects(List<SystemId> systems, Map<SystemId, String> names, String none) {
        if (systems.isEmpty()) {
            return none;
        }
        return systems.stream().map(id -> names.getOrDefault(id, "system " + id.value()))
                .collect(Collectors.joining(", "));
    }

    public static String impactLabel(Impact impact) {
        return switch (impact) {
            case CRITICAL -> "Critical incident";
            case MAJOR -> "Major incident";
            case MINOR -> "Minor incident";
            case NONE -> "Incident without impact";
        };
    }

    public static String stateLabel(IncidentState state) {
        return switch (state) {
            case INVESTIGATING -> "Investigating";
            case IDENTIFIED -> "Identified";
            case MONITORING -> "Monitoring";
            case RESOLVED -> "Resolved";
        };
    }

    static String css(Impact impact) {
        return switch (impact) {
            case CRITICAL, MAJOR -> "s-down";
            case MINOR -> "s-degraded";
            case NONE -> "s-unknown";
        };
    }
}
