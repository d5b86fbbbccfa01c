package dev.vigil.application.fakes;

import dev.vigil.application.port.out.StatusLog;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.ArrayList;
import dev.vigil.domain.status.StatusSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The status log as a list. */
public final class InMemoryStatusLog implements StatusLog {
    private final List<StatusLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized StatusLogEntry append(StatusChange change) {
        StatusLogEntry entry = new StatusLogEntry(entries.size() + 1L, change);
        entries.add(entry);
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
        return List.copyOf(entries);
    }

    private List<StatusLogEntry> newestFirst(Predicate<StatusLogEntry> filter, int limit) {
        List<StatusLogEntry> result = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && result.size() < limit; i--) {
            if (filter.test(entries.get(i))) {
                result.add(entries.get(i));
            }
        }
        return result;
    }
}
