package dev.vigil.application.service;

import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a window of check history from the finest tier that still holds each part of it: raw results for the
 * hours still fully kept raw, hourly roll-ups before that, daily roll-ups before the hourly retention. Each
 * part is read from exactly one tier, so nothing counts twice.
 */
final class HistoryTiers {
    private final CheckHistory history;
    private final HistoryRetention retention;

    HistoryTiers(CheckHistory history, HistoryRetention retention) {
        this.history = history;
        this.retention = retention;
    }

    /** Where raw results take over from hourly roll-ups: the first whole hour still kept raw. */
    Instant rawFrom(Instant now) {
        return now.minus(retention.raw()).truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    }

    /** Where hourly roll-ups take over from daily ones: the first whole UTC day still kept hourly. */
    Instant hourlyFrom(Instant now) {
        return now.minus(retention.hourly()).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    }

    SortedMap<Instant, ResultStats> stats(DependencyId dependency, Instant from, Instant to, Duration bucket, Instant now) {
        Instant rawFrom = rawFrom(now);
        Instant hourlyFrom = hourlyFrom(now);
        SortedMap<Instant, ResultStats> merged = new TreeMap<>();
        read(merged, CheckHistory.Tier.DAILY, dependency, from, min(to, hourlyFrom), bucket);
        read(merged, CheckHistory.Tier.HOURLY, dependency, max(from, hourlyFrom), min(to, rawFrom), bucket);
        read(merged, CheckHistory.Tier.RAW, dependency, max(from, rawFrom), to, bucket);
        return merged;
    }

    private void read(SortedMap<Instant, ResultStats> into, CheckHistory.Tier tier, DependencyId dependency,
                      Instant from, Instant to, Duration bucket) {
        if (!from.isBefore(to)) {
            return;
        }
        history.stats(tier, dependency, from, to, bucket).forEach((start, stats) -> into.merge(start, stats, ResultStats::merge));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
