package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.domain.status.OverallState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public status page ({@code /status}): banner, open incidents with their public updates, maintenance in progress
 * and to come, the systems with their uptime bars and dependencies, the counters, and the incidents of 90 days.
 */
public record StatusPageView(PageChrome chrome, int refreshSeconds, Banner banner,
                             List<PublicEvents.IncidentCard> activeIncidents,
                             List<PublicEvents.MaintenanceItem> maintenance, List<SystemCard> systems,
                             List<CounterItem> counters, List<PublicEvents.PastIncident> incidents,
                             String incidentSignature, String generatedAt, String generatedAtIso) {

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

    static StatusPageView from(StatusOverview overview, StatusTrends trends, PageChrome chrome, int refreshSeconds) {
        List<CounterItem> counters = overview.counters().stream()
                .map(c -> new CounterItem(c.name().value(), c.label(), String.format(Locale.ROOT, "%,d", c.value())))
                .toList();
        return new StatusPageView(chrome, refreshSeconds, Banner.of(overview.overall(), overview.maintenance()),
                PublicEvents.active(overview, Optional.empty()), PublicEvents.maintenance(overview, Optional.empty()),
                overview.systems().stream().map(l -> SystemCard.overview(l, trends)).toList(), counters,
                PublicEvents.history(overview), PublicEvents.signature(overview),
                StatusDetails.time(overview.generatedAt()), overview.generatedAt().toString());
    }
}
