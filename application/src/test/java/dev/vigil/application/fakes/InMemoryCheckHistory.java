package dev.vigil.application.fakes;

import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The three tiers of check history in lists and maps, with the same watermarks as the database. */
public final class InMemoryCheckHistory implements CheckHistory {
    private record Key(DependencyId dependency, Instant start) {
    }

    private final List<CheckResult> raw = new ArrayList<>();
    private final Map<Key, ResultStats> hourly = new HashMap<>();
    private final Map<Key, ResultStats> daily = new HashMap<>();
    private final Map<DependencyId, long[]> totals = new HashMap<>();
    private Instant hoursRolledUntil = Instant.MIN;
    private Instant daysRolledUntil = Instant.MIN;

    @Override
    public synchronized void append(List<CheckResult> results) {
        raw.addAll(results);
        results.forEach(r -> totals.merge(r.dependency(), new long[] {1, r.failed() ? 1 : 0},
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
    }

    @Override
    public synchronized SortedMap<Instant, ResultStats> stats(Tier tier, DependencyId dependency, Instant from,
                                                             Instant to, Duration bucket) {
        SortedMap<Instant, ResultStats> out = new TreeMap<>();
        long size = bucket.toMillis();
        if (tier == Tier.RAW) {
            for (CheckResult r : raw) {
                if (r.dependency().equals(dependency) && !r.at().isBefore(from) && r.at().isBefore(to)) {
                    out.merge(align(r.at(), size), ResultStats.of(r), ResultStats::merge);
                }
            }
        } else {
            (tier == Tier.HOURLY ? hourly : daily).forEach((key, stats) -> {
                if (key.dependency().equals(dependency) && !key.start().isBefore(from) && key.start().isBefore(to)) {
                    out.merge(align(key.start(), size), stats, ResultStats::merge);
                }
            });
        }
        return out;
    }

    @Override
    public synchronized Map<DependencyId, SortedMap<Instant, ResultStats>> hourly(Collection<DependencyId> dependencies,
                                                                               Instant from, Instant to) {
        Set<DependencyId> wanted = Set.copyOf(dependencies);
        Map<DependencyId, SortedMap<Instant, ResultStats>> out = new HashMap<>();
        hourly.forEach((key, stats) -> {
            if (wanted.contains(key.dependency()) && !key.start().isBefore(from) && key.start().isBefore(to)) {
                out.computeIfAbsent(key.dependency(), d -> new TreeMap<>()).put(key.start(), stats);
            }
        });
        return out;
    }

    @Override
    public synchronized void rollUpHours(Instant until) {
        Instant end = until.truncatedTo(ChronoUnit.HOURS);
        Map<Key, ResultStats> fresh = new HashMap<>();
        for (CheckResult r : raw) {
            if (!r.at().isBefore(hoursRolledUntil) && r.at().isBefore(end)) {
                fresh.merge(new Key(r.dependency(), r.at().truncatedTo(ChronoUnit.HOURS)), ResultStats.of(r), ResultStats::merge);
            }
        }
        hourly.putAll(fresh);
        if (end.isAfter(hoursRolledUntil)) {
            hoursRolledUntil = end;
        }
    }

    @Override
    public synchronized void rollUpDays(Instant until) {
        Instant end = until.truncatedTo(ChronoUnit.DAYS);
        Map<Key, ResultStats> fresh = new HashMap<>();
        hourly.forEach((key, stats) -> {
            if (!key.start().isBefore(daysRolledUntil) && key.start().isBefore(end)) {
                fresh.merge(new Key(key.dependency(), key.start().truncatedTo(ChronoUnit.DAYS)), stats, ResultStats::merge);
            }
        });
        daily.putAll(fresh);
        if (end.isAfter(daysRolledUntil)) {
            daysRolledUntil = end;
        }
    }

    @Override
    public synchronized long purge(Instant rawBefore, Instant hourlyBefore) {
        int before = raw.size() + hourly.size();
        raw.removeIf(r -> r.at().isBefore(rawBefore));
        hourly.keySet().removeIf(k -> k.start().isBefore(hourlyBefore));
        return before - raw.size() - hourly.size();
    }

    /** Every raw result kept, in the order appended. */
    public synchronized List<CheckResult> raw() {
        return List.copyOf(raw);
    }

    private static Instant align(Instant t, long size) {
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), size) * size);
    }

    // Backups (issue 7)
    /** Every result ever appended, per dependency: {results, failures}; purges do not lower them. */
    public synchronized Map<DependencyId, long[]> totals() {
        Map<DependencyId, long[]> copy = new HashMap<>();
        totals.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Forgets the results of these dependencies in every tier. */
    public synchronized void forget(java.util.Collection<DependencyId> dependencies) {
        totals.keySet().removeIf(dependencies::contains);
        raw.removeIf(r -> dependencies.contains(r.dependency()));
        hourly.keySet().removeIf(k -> dependencies.contains(k.dependency()));
        daily.keySet().removeIf(k -> dependencies.contains(k.dependency()));
    }

    /** Forgets every result. */
    public synchronized void clear() {
        totals.clear();
        raw.clear();
        hourly.clear();
        daily.clear();
    }
}
