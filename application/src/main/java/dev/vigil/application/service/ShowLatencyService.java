package dev.vigil.application.service;

import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.port.in.check.LatencyPeriod;
import dev.vigil.application.port.in.check.LatencyReport;
import dev.vigil.application.port.in.check.ShowLatency;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/** Summarises a dependency's check results over a window ending now; an empty window is all zeros. */
public final class ShowLatencyService implements ShowLatency {
    private final Dependencies dependencies;
    private final HistoryTiers tiers;
    private final Clock clock;

    public ShowLatencyService(Dependencies dependencies, CheckHistory history, HistoryRetention retention, Clock clock) {
        this.dependencies = dependencies;
        this.tiers = new HistoryTiers(history, retention);
        this.clock = clock;
    }

    @Override
    public LatencyReport of(DependencyId id, LatencyPeriod period) {
        Dependency dependency = dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
        Instant now = clock.instant();
        Instant from = now.minus(period.length());
        SortedMap<Instant, ResultStats> buckets = tiers.stats(id, from, now, period.point(), now);
        ResultStats total = buckets.values().stream().reduce(ResultStats.EMPTY, ResultStats::merge);
        List<LatencyReport.Point> points = buckets.entrySet().stream()
                .map(e -> new LatencyReport.Point(e.getKey(), e.getValue())).toList();
        return new LatencyReport(dependency, period, from, now, total, points);
    }
}
