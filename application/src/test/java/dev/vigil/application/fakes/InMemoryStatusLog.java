package dev.vigil.application.fakes;

import dev.vigil.application.port.out.StatusLog;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The status log as a map ordered by id. */
public final class InMemoryStatusLog implements StatusLog {
    private final TreeMap<Long, StatusLogEntry> entries = new TreeMap<>();
    private long sequence;

    @Override
    public synchronized StatusLogEntry append(StatusChange change) {
        StatusLogEntry entry = new StatusLogEntry(++sequence, change);
        entries.put(entry.id(), entry);
        return entry;
    }

    @Override
    public synchronized List<StatusLogEntry> latest(int limit) {
        return newestFirst(e -> true, limit);
    }

    @Override
    public synchronized List<StatusLogEntry> latestOfSystem(SystemId system, int limit) {
        return newestFirst(e -> e.change().system().equals(system), limit);
    }

    @Override
    public synchronized List<StatusLogEntry> latestOfDependency(DependencyId dependency, int limit) {
        return newestFirst(e -> e.change().dependency().filter(dependency::equals).isPresent(), limit);
    }

    @Override
    public synchronized List<StatusLogEntry> latestFromSource(StatusSource source, Optional<SystemId> system,
                                                              Optional<DependencyId> dependency, int limit) {
        return newestFirst(e -> e.change().source() == source
                && system.map(s -> e.change().system().equals(s)).orElse(true)
                && dependency.map(d -> e.change().dependency().filter(d::equals).isPresent()).orElse(true), limit);
    }

    /** Every entry, oldest first. */
    public synchronized List<StatusLogEntry> all() {
        return List.copyOf(entries.values());
    }

    private List<StatusLogEntry> newestFirst(Predicate<StatusLogEntry> filter, int limit) {
        List<StatusLogEntry> result = new ArrayList<>();
        for (StatusLogEntry entry : entries.descendingMap().values()) {
            if (result.size() >= limit) {
                break;
            }
            if (filter.test(entry)) {
                result.add(entry);
            }
        }
        return result;
    }

    // Backups (issue 7)
    /** Entries with an id above {@code afterId}, lowest first, at most {@code limit}. */
    public synchronized List<StatusLogEntry> after(long afterId, int limit) {
        return entries.tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    /** Stores entries under their own ids; returns the earliest time among those new or changed. */
    public synchronized Optional<Instant> restore(List<StatusLogEntry> restored) {
        Instant earliest = null;
        for (StatusLogEntry entry : restored) {
            StatusLogEntry before = entries.put(entry.id(), entry);
            sequence = Math.max(sequence, entry.id());
            if (!entry.equals(before)) {
                Instant at = before == null || entry.change().at().isBefore(before.change().at()) ? entry.change().at()
                        : before.change().at();
                earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** Forgets every entry; later entries still get higher ids than any before. */
    public synchronized void clear() {
        entries.clear();
    }
}
