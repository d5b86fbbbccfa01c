package dev.vigil.adapters.web.ecosystem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.vigil.adapters.web.page.PublicEvents;
import dev.vigil.application.port.in.status.PublicMaintenance;
import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.IncidentLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documents of Atlassian Statuspage's public API v2, mapped from the public view: systems are component groups
 * and their dependencies the groups' components; incidents carry their public updates, newest first; maintenance
 * windows are scheduled maintenances. Ids are strings ({@code system-1}, {@code dependency-4}, {@code incident-7},
 * {@code maintenance-2}); an update's id counts public updates only, so it says nothing of internal ones.
 */
public final class StatuspageV2 {
    /** Statuspage lists this many incidents and maintenances at most. */
    static final int MOST_RECENT = 50;
    static final String PAGE_ID = "vigil";
    static final String NO_COMPONENTS = "No components were affected by this update.";

    private StatuspageV2() {
    }

    public record Page(String id, String name, String url, String timeZone, Instant updatedAt) {
    }

    public record Component(String id, String name, String status, Instant createdAt, Instant updatedAt, int position,
                            String description, boolean showcase, String startDate, String groupId, String pageId,
                            boolean group, boolean onlyShowIfDegraded,
                            @JsonInclude(Include.NON_NULL) List<String> components) {
    }

    public record AffectedComponent(@JsonInclude(Include.NON_NULL) String code, String name,
                                    @JsonInclude(Include.NON_NULL) String oldStatus,
                                    @JsonInclude(Include.NON_NULL) String newStatus) {
    }

    public record Update(String id, String status, String body, String incidentId, Instant createdAt,
                         Instant updatedAt, Instant displayAt, List<AffectedComponent> affectedComponents,
                         boolean deliverNotifications, String customTweet, String tweetId) {
    }

    /** An incident, or (with {@code scheduled_for} and {@code scheduled_until}) a scheduled maintenance. */
    public record Incident(String id, String name, String status, Instant createdAt, Instant updatedAt,
                           Instant monitoringAt, Instant resolvedAt, String impact, String shortlink,
                           Instant startedAt, String pageId, List<Update> incidentUpdates, List<Component> components,
                           @JsonInclude(Include.NON_NULL) Instant scheduledFor,
                           @JsonInclude(Include.NON_NULL) Instant scheduledUntil) {
    }

    public record StatusDocument(Page page, StatusIndicator status) {
    }

    public record ComponentsDocument(Page page, List<Component> components) {
    }

    public record IncidentsDocument(Page page, List<Incident> incidents) {
    }

    public record MaintenancesDocument(Page page, List<Incident> scheduledMaintenances) {
    }

    public record SummaryDocument(Page page, List<Component> components, List<Incident> incidents,
                                  List<Incident> scheduledMaintenances, StatusIndicator status) {
    }

    public static StatusDocument status(PublicView view) {
        return new StatusDocument(page(view), indicator(view));
    }

    public static ComponentsDocument components(PublicView view) {
        return new ComponentsDocument(page(view), components(view, view.systemsByName()));
    }

    /** The 50 most recent incidents, unresolved and resolved. */
    public static IncidentsDocument incidents(PublicView view) {
        return new IncidentsDocument(page(view), view.incidents().stream().limit(MOST_RECENT)
                .map(i -> incident(view, i)).toList());
    }

    public static IncidentsDocument unresolved(PublicView view) {
        return new IncidentsDocument(page(view), unresolvedIncidents(view));
    }

    /** The 50 most recent maintenances: to come, in progress and completed. */
    public static MaintenancesDocument maintenances(PublicView view) {
        return new MaintenancesDocument(page(view), view.maintenance().stream().limit(MOST_RECENT)
                .map(m -> maintenance(view, m)).toList());
    }

    public static MaintenancesDocument upcoming(PublicView view) {
        return new MaintenancesDocument(page(view), maintenances(view, Stream.of(MaintenanceState.SCHEDULED)));
    }

    public static MaintenancesDocument active(PublicView view) {
        return new MaintenancesDocument(page(view), maintenances(view, Stream.of(MaintenanceState.IN_PROGRESS)));
    }

    public static SummaryDocument summary(PublicView view) {
        return new SummaryDocument(page(view), components(view, view.systemsByName()), unresolvedIncidents(view),
                maintenances(view, Stream.of(MaintenanceState.SCHEDULED, MaintenanceState.IN_PROGRESS)),
                indicator(view));
    }

    public static StatusIndicator indicator(PublicView view) {
        return StatusIndicator.of(view.overview().systems().stream().map(l -> l.system().status()).toList(),
                view.overview().activeIncidents().stream().map(IncidentLine::impact).toList());
    }

    static Page page(PublicView view) {
        return new Page(PAGE_ID, view.pageName(), view.origin(), "Etc/UTC", view.overview().generatedAt());
    }

    private static List<Incident> unresolvedIncidents(PublicView view) {
        return view.overview().activeIncidents().stream().map(i -> incident(view, i)).toList();
    }

    private static List<Incident> maintenances(PublicView view, Stream<MaintenanceState> states) {
        List<MaintenanceState> wanted = states.toList();
        // soonest first: the order people read what is coming
        return view.maintenance().stream().filter(m -> wanted.contains(m.state()))
                .sorted(Comparator.comparing(PublicMaintenance::startsAt)).limit(MOST_RECENT)
                .map(m -> maintenance(view, m)).toList();
    }

    /** Each group (system, by name) followed by its components (dependencies, by name). */
    static List<Component> components(PublicView view, List<SystemLine> systems) {
        List<Component> all = new ArrayList<>();
        int position = 1;
        for (SystemLine line : systems) {
            MonitoredSystem s = line.system();
            List<DependencyLine> children = line.dependencies().stream()
                    .sorted(Comparator.comparing(d -> d.dependency().name().toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            all.add(new Component(systemId(s.id()), s.name(), StatusIndicator.componentStatus(s.status()),
                    s.createdAt(), s.updatedAt(), position++, blankToNull(s.details().description()), false, null,
                    null, PAGE_ID, true, false,
                    children.stream().map(d -> "dependency-" + d.dependency().id().value()).toList()));
            int childPosition = 1;
            for (DependencyLine d : children) {
                var dep = d.dependency();
                all.add(new Component("dependency-" + dep.id().value(), dep.name(),
                        StatusIndicator.componentStatus(dep.status()), dep.createdAt(), dep.updatedAt(),
                        childPosition++, blankToNull(dep.details().description()), false, null, systemId(s.id()),
                        PAGE_ID, false, false, null));
            }
        }
        return all;
    }

    private static List<Component> groups(PublicView view, List<SystemLine> systems) {
        return components(view, systems).stream().filter(Component::group).toList();
    }

    static Incident incident(PublicView view, IncidentLine i) {
        String id = incidentId(i);
        List<SystemLine> concerned = i.systems().isEmpty() ? List.of() : view.concerned(i.systems());
        List<AffectedComponent> affected = affected(concerned);
        List<IncidentUpdate> updates = i.updates().stream().filter(IncidentUpdate::isPublic).toList();
        List<Update> mapped = new ArrayList<>();
        for (int n = 0; n < updates.size(); n++) {
            IncidentUpdate u = updates.get(n);
            mapped.add(new Update(id + "-update-" + (n + 1), u.state().wireName(), u.message(), id, u.at(), u.at(),
                    u.at(), affected, true, null, null));
        }
        mapped.sort(Comparator.comparing(Update::displayAt).thenComparing(Update::id).reversed());
        Instant updated = Stream.concat(Stream.of(i.discoveredAt()), Stream.concat(i.resolvedAt().stream(),
                updates.stream().map(IncidentUpdate::at))).max(Comparator.naturalOrder()).orElseThrow();
        Instant monitoring = i.containedAt().filter(c -> !i.resolvedAt().equals(java.util.Optional.of(c)))
                .orElse(null);
        return new Incident(id, incidentName(view, i), i.state().wireName(), i.discoveredAt(), updated, monitoring,
                i.resolvedAt().orElse(null), i.impact().wireName(), view.statusPage(), i.discoveredAt(), PAGE_ID,
                mapped, groups(view, concerned), null, null);
    }

    /** A window as a scheduled maintenance, with an update for each phase it reached (newest first). */
    static Incident maintenance(PublicView view, PublicMaintenance m) {
        String id = "maintenance-" + m.id().value();
        List<SystemLine> concerned = view.concerned(m.systems());
        List<AffectedComponent> affected = affected(concerned);
        List<Update> updates = new ArrayList<>();
        if (m.state() == MaintenanceState.COMPLETED) {
            updates.add(new Update(id + "-completed", "completed", "The scheduled maintenance has been completed.",
                    id, m.endsAt(), m.endsAt(), m.endsAt(), affected, true, null, null));
        }
        if (m.state() != MaintenanceState.SCHEDULED) {
            updates.add(new Update(id + "-in_progress", "in_progress", "The scheduled maintenance is in progress.",
                    id, m.startsAt(), m.startsAt(), m.startsAt(), affected, true, null, null));
        }
        updates.add(new Update(id + "-scheduled", "scheduled", m.description().isBlank() ? m.title() : m.description(),
                id, m.createdAt(), m.updatedAt(), m.createdAt(), affected, true, null, null));
        return new Incident(id, m.title(), m.state().wireName(), m.createdAt(), m.updatedAt(), null,
                m.state() == MaintenanceState.COMPLETED ? m.endsAt() : null, "maintenance", view.statusPage(),
                m.startsAt(), PAGE_ID, updates, groups(view, concerned), m.startsAt(), m.endsAt());
    }

    /** What people read as an incident's name: its title stays with its operators, as on the public page. */
    static String incidentName(PublicView view, IncidentLine i) {
        String label = PublicEvents.impactLabel(i.impact());
        if (i.systems().isEmpty()) {
            return label;
        }
        return label + ": " + view.concerned(i.systems()).stream().map(l -> l.system().name())
                .collect(Collectors.joining(", "));
    }

    private static List<AffectedComponent> affected(List<SystemLine> concerned) {
        if (concerned.isEmpty()) {
            return List.of(new AffectedComponent(null, NO_COMPONENTS, null, null));
        }
        return concerned.stream().map(l -> {
            String status = StatusIndicator.componentStatus(l.system().status());
            return new AffectedComponent(systemId(l.system().id()), l.system().name(), status, status);
        }).toList();
    }

    static String incidentId(IncidentLine i) {
        return "incident-" + i.id().value();
    }

    static String systemId(SystemId id) {
        return "system-" + id.value();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
