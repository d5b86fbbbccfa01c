package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.analytics.OverallAnalytics;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard ({@code /admin}): every system with its status, failures first, and its uptime over 24 hours and
 * 30 days; the incidents still open and the maintenance in progress or to come; the form to add a system.
 */
public record DashboardView(AdminChrome chrome, String notice, Summary summary, List<SystemItem> systems,
                            List<IncidentItem> incidents, List<MaintenanceItem> maintenance, FormState create) {

    /** The operators' overall picture (private systems included). */
    public record Summary(Badge overall, int total, int failing, int hidden) {
        public String text() {
            String systems = total == 1 ? "1 system" : total + " systems";
            String failures = failing == 0 ? "none failing" : failing + " failing";
            return systems + ", " + failures + (hidden == 0 ? "" : ", " + hidden + " private");
        }
    }

    /** One system, with its uptime over the last 24 hours and 30 days ("–" when nothing was counted). */
    public record SystemItem(long id, String name, String href, String publicHref, String visibility, Badge status,
                             String detail, String dependencies, String uptime24h, String uptime30d) {
    }

    /** An open incident. */
    public record IncidentItem(long id, String href, String title, Badge impact, String state, String systems,
                               String started) {
    }

    /** A maintenance window in progress or to come. */
    public record MaintenanceItem(String title, String when, String systems, boolean inProgress) {
    }

    static DashboardView from(StatusOverview overview, OverallAnalytics day, OverallAnalytics month,
                              AdminChrome chrome, String notice, FormState create) {
        Map<SystemId, String> uptime24h = uptimes(day);
        Map<SystemId, String> uptime30d = uptimes(month);
        List<SystemItem> rows = overview.systems().stream()
                .map(l -> row(l, uptime24h.getOrDefault(l.system().id(), "–"),
                        uptime30d.getOrDefault(l.system().id(), "–"))).toList();
        int failing = (int) overview.systems().stream().filter(l -> l.system().status().isFailing()).count();
        int hidden = (int) overview.systems().stream().filter(l -> l.system().visibility() == Visibility.PRIVATE).count();
        Badge overall = Badge.of(switch (overview.overall()) {
            case DOWN -> Status.OUTAGE;
            case DEGRADED -> Status.DEGRADED;
            case OPERATIONAL -> overview.maintenance() ? Status.MAINTENANCE
                    : Status.OPERATIONAL;
        });
        Map<SystemId, String> names = new HashMap<>();
        overview.systems().forEach(l -> names.put(l.system().id(), l.system().name()));
        List<IncidentItem> incidents = overview.activeIncidents().stream()
                .map(i -> new IncidentItem(i.id().value(), "/admin/incidents/" + i.id().value(), i.title().orElse(""),
                        IncidentBadges.impact(i.impact()), IncidentBadges.state(i.state()),
                        AdminText.names(i.systems(), names, "no particular system"),
                        StatusDetails.time(i.discoveredAt())))
                .toList();
        List<MaintenanceItem> maintenance = overview.maintenances().stream()
                .map(m -> new MaintenanceItem(m.title(), m.inProgress() ? "in progress until "
                        + StatusDetails.time(m.endsAt()) : StatusDetails.time(m.startsAt()) + " to "
                        + StatusDetails.time(m.endsAt()), AdminText.names(m.systems(), names, "all systems"),
                        m.inProgress()))
                .toList();
        return new DashboardView(chrome, notice, new Summary(overall, rows.size(), failing, hidden), rows, incidents,
                maintenance, create);
    }

    private static Map<SystemId, String> uptimes(OverallAnalytics analytics) {
        Map<SystemId, String> uptimes = new HashMap<>();
        analytics.systems().forEach(s -> uptimes.put(s.system().system(), uptime(s.system().figures())));
        return uptimes;
    }

    private static String uptime(UptimeFigures f) {
        return f.tally().countedMs() == 0 ? "–" : AdminText.percent(f.uptimePercent());
    }

    private static SystemItem row(SystemLine line, String uptime24h, String uptime30d) {
        var s = line.system();
        int total = line.dependencies().size();
        long failing = line.dependencies().stream().filter(d -> d.dependency().status().isFailing()).count();
        String deps = (total == 1 ? "1 dependency" : total + " dependencies") + (failing == 0 ? "" : ", " + failing + " failing");
        return new SystemItem(s.id().value(), s.name(), "/admin/systems/" + s.id().value(),
                s.visibility() == Visibility.PUBLIC ? "/status/" + s.slug().value() : "", s.visibility().wireName(),
                Badge.of(s.status()), StatusDetails.of(line), deps, uptime24h, uptime30d);
    }
}
