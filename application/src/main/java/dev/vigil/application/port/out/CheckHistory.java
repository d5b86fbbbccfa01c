package dev.vigil.application.port.out;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The history of check results in three tiers: raw results, hourly roll-ups and daily roll-ups (UTC hours and days).
 * Which tier answers for which time is the caller's choice; the tiers only store and sum.
 */
public interface CheckHistory {
    /** The tiers, finest first. */
    enum Tier { RAW, HOURLY, DAILY }

    /** Stores raw results, all in one go. */
    void append(List<CheckResult> results);

    /**
     * Sums of one tier's data for {@code dependency} in [{@code from}, {@code to}), keyed by the start of each bucket:
     * buckets are {@code bucket} long and aligned to multiples of it since the epoch (a day bucket starts at UTC
     * midnight); buckets without data are absent. Roll-up rows count by their hour's or day's start.
     */
    SortedMap<Instant, ResultStats> stats(Tier tier, DependencyId dependency, Instant from, Instant to, Duration bucket);

    /**
     * The hourly roll-ups in [{@code from}, {@code to}) of each of {@code dependencies} that has any, keyed by the
     * hour's start: one read for a whole status page instead of one per dependency.
     */
    Map<DependencyId, SortedMap<Instant, ResultStats>> hourly(Collection<DependencyId> dependencies, Instant from,
                                                              Instant to);

    /** Sums raw results of every hour before {@code until} (an hour boundary) not yet rolled up into hourly rows. */
    void rollUpHours(Instant until);

    /** Sums hourly rows of every day before {@code until} (a UTC midnight) not yet rolled up into daily rows. */
    void rollUpDays(Instant until);

    /** Deletes raw results before {@code rawBefore} and hourly rows before {@code hourlyBefore}; returns rows deleted. */
    long purge(Instant rawBefore, Instant hourlyBefore);
}
