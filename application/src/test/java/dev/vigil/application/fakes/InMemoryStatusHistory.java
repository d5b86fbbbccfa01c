package dev.vigil.application.fakes;

import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Subject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The in-memory status log read as timelines. */
public final class InMemoryStatusHistory implements StatusHistory {
    private static final Comparator<StatusLogEntry> IN_TIME = Comparator
            .comparing((StatusLogEntry e) -> e.change().at()).thenComparingLong(StatusLogEntry::id);

    private final InMemoryStatusLog log;

    public InMemoryStatusHistory(InMemoryStatusLog log) {
        this.log = log;
    }

    @Override
    public List<StatusLogEntry> between(Instant from, Instant to) {
        return log.all().stream()
                .filter(e -> !e.change().at().isBefore(from) && e.change().at().isBefore(to))
                .sorted(IN_TIME).toList();
    }

    @Override
    public Optional<StatusLogEntry> firstAbout(Subject subject, Instant at) {
        return log.all().stream()
                .filter(e -> Subject.of(e.change()).equals(subject) && !e.change().at().isBefore(at))
                .min(IN_TIME);
    }

    @Override
    public Optional<StatusLogEntry> lastSystemChange(SystemId system) {
        return log.all().stream().filter(e -> isOwnChange(e, system)).max(Comparator.comparingLong(StatusLogEntry::id));
    }

    @Override
    public List<StatusLogEntry> systemChangesAfter(SystemId system, long afterEntry, int limit) {
        return log.all().stream().filter(e -> isOwnChange(e, system) && e.id() > afterEntry).limit(limit).toList();
    }

    private static boolean isOwnChange(StatusLogEntry e, SystemId system) {
        return e.change().system().equals(system) && !e.change().isAboutDependency();
    }
}
