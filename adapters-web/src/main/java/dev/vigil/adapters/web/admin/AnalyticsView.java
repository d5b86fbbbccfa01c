package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.analytics.IncidentCounts;
import dev.vigil.application.port.in.analytics.OverallAnalytics;
import dev.vigil.application.port.in.analytics.SubjectAnalytics;
import dev.vigil.domain.uptime.RollingPeriod;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.List;

/**
 * Analytics ({@code /admin/analytics}): time-weighted uptime and availability, outages, MTTR, MTBF and incidents,
 * overall (pooled by time) and per system with its dependencies, over a rolling period.
 */
public record AnalyticsView(AdminChrome chrome, String window, List<Choice> periods, Figures overall,
                            List<SystemItem> systems) {

    /** The figures of one subject (or of all, pooled). */
    public record Figures(String name, String uptime, String availability, String counted, String outages,
                          String longest, String mttr, String mtbf, String incidents) {
    }

    /** A system and its dependencies. */
    public record SystemItem(long id, Figures system, List<Figures> dependencies) {
    }

    static AnalyticsView from(RollingPeriod period, OverallAnalytics analytics, AdminChrome chrome) {
        List<Choice> periods = List.of(RollingPeriod.values()).stream()
                .map(p -> new Choice(p.wireName(), "Last " + p.wireName(), p == period)).toList();
        List<SystemItem> systems = analytics.systems().stream().map(s -> new SystemItem(s.system().system().value(),
                figures(s.system()), s.dependencies().stream().map(AnalyticsView::figures).toList())).toList();
        return new AnalyticsView(chrome, StatusDetails.time(analytics.window().start()) + " to "
                + StatusDetails.time(analytics.window().end()), periods,
                figures("All systems", analytics.figures(), analytics.incidents()), systems);
    }

    private static Figures figures(SubjectAnalytics a) {
        return figures(a.name(), a.figures(), a.incidents());
    }

    private static Figures figures(String name, UptimeFigures f, IncidentCounts incidents) {
        boolean counted = f.tally().countedMs() > 0;
        return new Figures(name, counted ? AdminText.percent(f.uptimePercent()) : "–",
                counted ? AdminText.percent(f.availabilityPercent()) : "–",
                AdminText.duration(java.time.Duration.ofMillis(f.tally().countedMs())), Long.toString(f.outages()),
                f.outages() == 0 ? "–" : AdminText.duration(f.longestOutage()), AdminText.duration(f.mttr()),
                AdminText.duration(f.mtbf()), incidents.total() + " (" + incidents.ongoing() + " open)");
    }
}
