package dev.vigil.application.port.out;

import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where recorded SLA breaches are kept; at most one per system, period kind and period start. */
public interface SlaBreaches {
    SlaBreachId nextId();

    void save(SlaBreach breach);

    Optional<SlaBreach> byId(SlaBreachId id);

    Optional<SlaBreach> find(SystemId system, SlaPeriod period, Instant periodStart);

    /** The latest breaches, most recently detected first; only unacknowledged ones when asked. */
    List<SlaBreach> latest(boolean unacknowledgedOnly, int limit);

    /** One system's latest breaches, most recently detected first. */
    List<SlaBreach> latestOf(SystemId system, int limit);
}
