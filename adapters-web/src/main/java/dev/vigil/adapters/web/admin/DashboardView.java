package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Visibility;
import java.util.List;

/** The dashboard ({@code /admin}): every system with its status, failures first, and the form to add one. */
public record DashboardView(AdminChrome chrome, String notice, Summary summary, List<SystemItem> systems, FormState create) {

    /** The operators' overall picture (private systems included). */
    public record Summary(Badge overall, int total, int failing, int hidden) {
        public String text() {
            String systems = total == 1 ? "1 system" : total + " systems";
            String failures = failing == 0 ? "none failing" : failing + " failing";
            return systems + ", " + failures + (hidden == 0 ? "" : ", " + hidden + " private");
        }
    }

    /** One system. Later: 24 h and 30 d uptime (issue 4), active incidents and maintenance. */
    public record SystemItem(long id, String name, String href, String publicHref, String visibility, Badge status,
                      String detail, String dependencies) {
    }

    static DashboardView from(StatusOverview overview, AdminChrome chrome, String notice, FormState create) {
        List<SystemItem> rows = overview.systems().stream().map(DashboardView::row).toList();
        int failing = (int) overview.systems().stream().filter(l -> l.system().status().isFailing()).count();
        int hidden = (int) overview.systems().stream().filter(l -> l.system().visibility() == Visibility.PRIVATE).count();
        Badge overall = Badge.of(switch (overview.overall()) {
            case DOWN -> Status.OUTAGE;
            case DEGRADED -> Status.DEGRADED;
            case OPERATIONAL -> overview.maintenance() ? Status.MAINTENANCE
                    : Status.OPERATIONAL;
        });
        return new DashboardView(chrome, notice, new Summary(overall, rows.size(), failing, hidden), rows, create);
    }

    private static SystemItem row(SystemLine line) {
        var s = line.system();
        int total = line.dependencies().size();
        long failing = line.dependencies().stream().filter(d -> d.dependency().status().isFailing()).count();
        String deps = (total == 1 ? "1 dependency" : total + " dependencies") + (failing == 0 ? "" : ", " + failing + " failing");
        return new SystemItem(s.id().value(), s.name(), "/admin/systems/" + s.id().value(),
                s.visibility() == Visibility.PUBLIC ? "/status/" + s.slug().value() : "", s.visibility().wireName(),
                Badge.of(s.status()), StatusDetails.of(line), deps);
    }
}
