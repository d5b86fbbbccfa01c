package dev.vigil.domain.maintenance;

import dev.vigil.domain.event.DomainEvent;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What every event about a maintenance window tells of the window: scheduled, started or completed. */
public interface MaintenanceEvent extends DomainEvent {
    MaintenanceId maintenance();

    String title();

    String description();

    Instant startsAt();

    Instant endsAt();

    /** Whether the window covers every system, those created after it included. */
    boolean allSystems();

    Set<SystemId> systems();

    List<String> systemNames();
}
