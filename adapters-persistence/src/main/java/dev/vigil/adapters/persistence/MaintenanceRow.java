package dev.vigil.adapters.persistence;

import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import java.util.Collection;
import java.util.stream.Collectors;

/** A row of the {@code maintenances} table. */
public record MaintenanceRow(long id, String title, String description, long startsAt, long endsAt, Long cancelledAt,
                             Long activatedAt, Long deactivatedAt, long createdAt, long updatedAt) {

    static MaintenanceRow of(MaintenanceWindow w) {
        return new MaintenanceRow(w.id().value(), w.title(), w.description(), Columns.millis(w.startsAt()),
                Columns.millis(w.endsAt()), Columns.millis(w.cancelledAt()), Columns.millis(w.activatedAt()),
                Columns.millis(w.deactivatedAt()), Columns.millis(w.createdAt()), Columns.millis(w.updatedAt()));
    }

    MaintenanceWindow toDomain(Collection<Long> systems) {
        return MaintenanceWindow.restore(new MaintenanceId(id), title, description, Columns.instant(startsAt),
                Columns.instant(endsAt), systems.stream().map(SystemId::new).collect(Collectors.toSet()),
                Columns.instant(cancelledAt), Columns.instant(activatedAt), Columns.instant(deactivatedAt),
                Columns.instant(createdAt), Columns.instant(updatedAt));
    }
}
