package dev.vigil.application.service;

import dev.vigil.application.port.in.check.DailyUptime;
import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.port.in.check.ShowDailyUptime;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** One point per UTC day, today included, oldest first; days without results are {@code unknown}. */
public final class ShowDailyUptimeService implements ShowDailyUptime {
    private final Dependencies dependencies;
    private final HistoryTiers tiers;
    private final Clock clock;

    public ShowDailyUptimeService(Dependencies dependencies, CheckHistory history, HistoryRetention retention,
                                  Clock clock) {
        this.dependencies = dependencies;
        this.tiers = new HistoryTiers(history, retention);
        this.clock = clock;
    }

    @Override
    public List<DailyUptime> of(DependencyId id, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
        }
        dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
        Instant now = clock.instant();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(Duration.ofDays(days - 1L));
        SortedMap<Instant, ResultStats> buckets = tiers.stats(id, from, now, Duration.ofDays(1), now);
        List<DailyUptime> points = new ArrayList<>(days);
        for (Instant day = from; !day.isAfter(today); day = day.plus(Duration.ofDays(1))) {
            points.add(new DailyUptime(LocalDate.ofInstant(day, ZoneOffset.UTC), buckets.getOrDefault(day, ResultStats.EMPTY)));
        }
        return points;
    }
}
