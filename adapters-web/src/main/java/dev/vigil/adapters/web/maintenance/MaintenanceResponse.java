package dev.vigil.adapters.web.maintenance;

import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;

/** A maintenance window as the API shows it, with its state when read; no {@code system_ids} means all systems. */
public record MaintenanceResponse(long id, String title, String description, Instant startTime, Instant endTime,
                                  List<Long> systemIds, String state, Instant cancelledAt, Instant createdAt,
                                  Instant updatedAt) {

    public static MaintenanceResponse of(MaintenanceSnapshot snapshot) {
        MaintenanceWindow w = snapshot.window();
        return new MaintenanceResponse(w.id().value(), w.title(), w.description(), w.startsAt(), w.endsAt(),
                w.systems().stream().map(SystemId::value).toList(), snapshot.state().wireName(),
                w.cancelledAt().orElse(null), w.createdAt(), w.updatedAt());
    }
}
