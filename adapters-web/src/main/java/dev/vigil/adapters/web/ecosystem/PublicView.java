package dev.vigil.adapters.web.ecosystem;

import dev.vigil.application.port.in.status.PublicMaintenance;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.IncidentLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the ecosystem surfaces publish at one moment: the public overview and trends of a status snapshot, and the
 * public maintenance windows read with it. Nothing private is in it (the read models leave it out).
 *
 * @param pageName the page's name, as the public page's title
 * @param origin   scheme, host and port the links in the documents start with, without a trailing slash
 */
public record PublicView(StatusOverview overview, StatusTrends trends, List<PublicMaintenance> maintenance,
                         String pageName, String origin) {
    public PublicView {
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(trends, "trends");
        maintenance = List.copyOf(maintenance);
        Objects.requireNonNull(pageName, "pageName");
        Objects.requireNonNull(origin, "origin");
    }

    /** The public systems by name (the order the documents list them in). */
    public List<SystemLine> systemsByName() {
        return overview.systems().stream().sorted(Comparator.comparing(SystemLine::system, MonitoredSystem.BY_NAME))
                .toList();
    }

    public Map<SystemId, SystemLine> systemsById() {
        return overview.systems().stream().collect(Collectors.toMap(l -> l.system().id(), Function.identity()));
    }

    /** The public system with this slug; empty for unknown and private ones alike. */
    public Optional<SystemLine> system(String slug) {
        return overview.systems().stream().filter(l -> l.system().slug().value().equals(slug)).findFirst();
    }

    /** The systems an incident or window concerns as lines; every public system when it names none. */
    public List<SystemLine> concerned(List<SystemId> ids) {
        if (ids.isEmpty()) {
            return systemsByName();
        }
        Map<SystemId, SystemLine> byId = systemsById();
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(SystemLine::system, MonitoredSystem.BY_NAME)).toList();
    }

    /** True when an incident or window concerns this system (one that names no system concerns them all). */
    public static boolean concerns(List<SystemId> ids, SystemId system) {
        return ids.isEmpty() || ids.contains(system);
    }

    /** The public incidents, newest first. */
    public List<IncidentLine> incidents() {
        return overview.incidents();
    }

    /** The link to the public page of everything. */
    public String statusPage() {
        return origin + "/status";
    }

    /** The link to a system's public page. */
    public String systemPage(MonitoredSystem system) {
        return origin + "/status/" + system.slug().value();
    }
}
