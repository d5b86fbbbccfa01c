package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.domain.status.OverallState;
import java.util.List;
import java.util.Locale;

/** The public status page ({@code /status}). */
public record StatusPageView(PageChrome chrome, int refreshSeconds, Banner banner, List<SystemCard> systems,
                             List<CounterItem> counters, List<IncidentItem> incidents, String generatedAt,
                             String generatedAtIso) {

    /** The overall state at the top of the page. */
    public record Banner(String state, String css, String title, String text) {
        static Banner of(OverallState overall, boolean maintenance) {
            if (overall == OverallState.OPERATIONAL && maintenance) {
                return new Banner("maintenance", "s-maintenance", "Maintenance in progress",
                        "Some systems are under planned maintenance.");
            }
            return switch (overall) {
                case DOWN -> new Banner("down", "s-down", "Outage", "Some systems are down.");
                case DEGRADED -> new Banner("degraded", "s-degraded", "Degraded service",
                        "Some systems are not working as well as they should.");
                case OPERATIONAL -> new Banner("operational", "s-operational",
                        "All systems operational", "Everything is working normally.");
            };
        }
    }

    /** A public counter. */
    public record CounterItem(String name, String label, String value) {
    }

    /** An incident as the public sees it: impact, state and times (its title and notes stay private). */
    public record IncidentItem(String severity, String status, String discoveredAt, String containedAt,
                               String resolvedAt) {
    }

    static StatusPageView from(StatusOverview overview, PageChrome chrome, int refreshSeconds) {
        List<CounterItem> counters = overview.counters().stream()
                .map(c -> new CounterItem(c.name().value(), c.label(), String.format(Locale.ROOT, "%,d", c.value())))
                .toList();
        List<IncidentItem> incidents = overview.incidents().stream()
                .map(i -> new IncidentItem(i.severity(), i.status(), StatusDetails.time(i.discoveredAt()),
                        i.containedAt().map(StatusDetails::time).orElse(""),
                        i.resolvedAt().map(StatusDetails::time).orElse("")))
                .toList();
        // Later: active incidents with their public updates, and active and upcoming maintenance (issue 4).
        return new StatusPageView(chrome, refreshSeconds, Banner.of(overview.overall(), overview.maintenance()),
                overview.systems().stream().map(SystemCard::from).toList(), counters, incidents,
                StatusDetails.time(overview.generatedAt()), overview.generatedAt().toString());
    }
}
