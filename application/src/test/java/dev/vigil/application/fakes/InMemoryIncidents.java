package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Incidents;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents in a map, with the database's uniqueness rules for automatic incidents. */
public final class InMemoryIncidents implements Incidents {
    private static final Comparator<Incident> NEWEST_FIRST = Comparator.comparing(Incident::startedAt)
            .thenComparingLong(i -> i.id().value()).reversed();

    private final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized IncidentId nextId() {
        return new IncidentId(++sequence);
    }

    @Override
    public synchronized void save(Incident incident) {
        incident.watch().ifPresent(watch -> incidents.values().stream()
                .filter(other -> !other.id().equals(incident.id()))
                .filter(other -> other.watch().isPresent())
                .filter(other -> other.watch().get().system().equals(watch.system()))
                .filter(other -> other.watch().get().outageSince().equals(watch.outageSince())
                        || (!other.isResolved() && !incident.isResolved()))
                .findAny()
                .ifPresent(other -> {
                    throw new IllegalStateException("system " + watch.system() + " already has automatic incident "
                            + other.id());
                }));
        incidents.put(incident.id(), incident);
        sequence = Math.max(sequence, incident.id().value());
    }

    @Override
    public synchronized Optional<Incident> byId(IncidentId id) {
        return Optional.ofNullable(incidents.get(id));
    }

    @Override
    public synchronized void delete(IncidentId id) {
        incidents.remove(id);
    }

    @Override
    public synchronized List<Incident> page(int limit, int offset) {
        return incidents.values().stream().sorted(NEWEST_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<Incident> unresolved() {
        return incidents.values().stream().filter(i -> !i.isResolved()).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized List<Incident> resolvedSince(Instant since) {
        return incidents.values().stream()
                .filter(i -> i.resolvedAt().filter(r -> !r.isBefore(since)).isPresent())
                .sorted(Comparator.comparing((Incident i) -> i.resolvedAt().orElseThrow())
                        .thenComparingLong(i -> i.id().value()).reversed())
                .toList();
    }

    @Override
    public synchronized List<Incident> overlapping(Instant from, Instant to) {
        return incidents.values().stream().filter(i -> i.overlaps(from, to)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized Optional<Incident> openAutomaticOf(SystemId system) {
        return incidents.values().stream()
                .filter(i -> !i.isResolved())
                .filter(i -> i.watch().filter(w -> w.system().equals(system)).isPresent())
                .findFirst();
    }

    @Override
    public synchronized Optional<Incident> automaticFor(SystemId system, Instant outageSince) {
        return incidents.values().stream()
                .filter(i -> i.watch().filter(w -> w.system().equals(system) && w.outageSince().equals(outageSince))
                        .isPresent())
                .findFirst();
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        incidents.clear();
    }
}
