package dev.vigil.adapters.web.analytics;

import dev.vigil.application.port.in.analytics.IncidentCounts;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.RollingPeriod;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The figures of a system, a dependency or all systems over a window, as the API shows them. Durations are in
 * seconds; {@code period} is the period asked for, or {@code custom} for from/to.
 */
public record FigureResponse(String entityType, Long entityId, String entityName, Long systemId, String period,
                             Instant periodStart, Instant periodEnd, double uptimePercent,
                             double availabilityPercent, double countedSeconds, double totalDowntimeSeconds,
                             double totalUnavailableSeconds, double maintenanceSeconds, double unknownSeconds,
                             long outages, double longestOutageSeconds, Double mttrSeconds, Double mtbfSeconds,
                             long totalIncidents, long resolvedIncidents, long ongoingIncidents) {

    static FigureResponse of(String type, Long id, String name, Long systemId, Optional<RollingPeriod> period,
                             Interval window, UptimeFigures f, IncidentCounts incidents) {
        UptimeTally t = f.tally();
        return new FigureResponse(type, id, name, systemId, period.map(RollingPeriod::wireName).orElse("custom"),
                window.start(), window.end(), f.uptimePercent(), f.availabilityPercent(), seconds(t.countedMs()),
                seconds(t.downtimeMs()), seconds(t.outageMs()), seconds(t.maintenanceMs()), seconds(t.unknownMs()),
                f.outages(), seconds(f.longestOutage().toMillis()), f.mttr().map(FigureResponse::seconds).orElse(null),
                f.mtbf().map(FigureResponse::seconds).orElse(null), incidents.total(), incidents.resolved(),
                incidents.ongoing());
    }

    static double seconds(long millis) {
        return millis / 1000.0;
    }

    static double seconds(Duration d) {
        return seconds(d.toMillis());
    }
}
