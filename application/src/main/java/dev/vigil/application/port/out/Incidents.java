package dev.vigil.application.port.out;

import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where incidents, with their timelines, are kept. */
public interface Incidents {
    IncidentId nextId();

    /**
     * Stores a new incident or replaces the stored state of one; at most one unresolved automatic incident per
     * system, and one automatic incident per system and outage start.
     */
    void save(Incident incident);

    Optional<Incident> byId(IncidentId id);

    void delete(IncidentId id);

    /** A page of all incidents, newest first (by start, then id). */
    List<Incident> page(int limit, int offset);

    /** Every unresolved incident. */
    List<Incident> unresolved();

    /** Resolved incidents that were resolved at or after {@code since}, most recently resolved first. */
    List<Incident> resolvedSince(Instant since);

    /** Incidents that were open at some time in [from, to). */
    List<Incident> overlapping(Instant from, Instant to);

    /** The unresolved automatic incident of a system, if there is one. */
    Optional<Incident> openAutomaticOf(SystemId system);

    /** The automatic incident opened for the outage of {@code system} that began at {@code outageSince}. */
    Optional<Incident> automaticFor(SystemId system, Instant outageSince);
}
