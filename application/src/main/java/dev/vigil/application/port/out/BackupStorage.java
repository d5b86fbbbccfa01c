package dev.vigil.application.port.out;

import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What backups need of storage beyond the repositories: one consistent view for a long export, the status log read
 * and written under its own ids, emptying everything for a restore, and forgetting derived data that a restore makes
 * stale.
 */
public interface BackupStorage {
    /** Runs {@code work} against one consistent moment of everything stored; writers carry on meanwhile. */
    <T> T consistently(Supplier<T> work);

    /** Log entries with an id above {@code afterId}, lowest id first, at most {@code limit}. */
    List<StatusLogEntry> logAfter(long afterId, int limit);

    /**
     * Stores log entries under their own ids, replacing an entry stored under the same id; entries appended later get
     * higher ids. Returns the earliest time among the entries that were new or differed from the stored ones (empty
     * when nothing changed).
     */
    Optional<Instant> restoreLog(List<StatusLogEntry> entries);

    /**
     * Empties everything a restore replaces: systems, dependencies and checks with their history, the status log,
     * day tallies, incidents, maintenance windows, SLA reports and breaches, webhooks with their deliveries, the
     * notification events and the public counters. Not the API keys: an import never locks anyone out. Id sequences
     * stay where they are: an id is never handed out twice.
     */
    void eraseAll();

    /** Forgets the check results (raw, hourly and daily) of these dependencies. */
    void forgetCheckHistory(Collection<DependencyId> dependencies);

    /** Forgets the day tallies of {@code day} and every later day; they are tallied again from the status log. */
    void forgetTalliesFrom(LocalDate day);
}
