package dev.vigil.application.fakes;

import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SLA breaches in a map, one per system, period kind and start, like the database. */
public final class InMemorySlaBreaches implements SlaBreaches {
    private static final Comparator<SlaBreach> LATEST_FIRST = Comparator.comparing(SlaBreach::detectedAt)
            .thenComparingLong(b -> b.id().value()).reversed();

    private final Map<SlaBreachId, SlaBreach> breaches = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized SlaBreachId nextId() {
        return new SlaBreachId(++sequence);
    }

    @Override
    public synchronized void save(SlaBreach breach) {
        find(breach.system(), breach.period(), breach.periodStart())
                .filter(other -> !other.id().equals(breach.id()))
                .ifPresent(other -> {
                    throw new IllegalStateException("breach " + other.id() + " already records that period");
                });
        breaches.put(breach.id(), breach);
        sequence = Math.max(sequence, breach.id().value());
    }

    @Override
    public synchronized Optional<SlaBreach> byId(SlaBreachId id) {
        return Optional.ofNullable(breaches.get(id));
    }

    @Override
    public synchronized Optional<SlaBreach> find(SystemId system, SlaPeriod period, Instant periodStart) {
        return breaches.values().stream()
                .filter(b -> b.system().equals(system) && b.period() == period && b.periodStart().equals(periodStart))
                .findFirst();
    }

    @Override
    public synchronized List<SlaBreach> latest(boolean unacknowledgedOnly, int limit) {
        return breaches.values().stream().filter(b -> !unacknowledgedOnly || !b.isAcknowledged())
                .sorted(LATEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized List<SlaBreach> latestOf(SystemId system, int limit) {
        return breaches.values().stream().filter(b -> b.system().equals(system))
                .sorted(LATEST_FIRST).limit(limit).toList();
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        breaches.clear();
    }
}
