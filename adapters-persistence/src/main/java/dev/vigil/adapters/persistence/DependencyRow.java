package dev.vigil.adapters.persistence;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;

/** A row of the {@code dependencies} table. */
public record DependencyRow(long id, long systemId, String name, String description, String criticality,
                            String status, long createdAt, long updatedAt) {

    static DependencyRow of(Dependency d) {
        return new DependencyRow(d.id().value(), d.systemId().value(), d.name(), d.details().description(),
                Columns.name(d.criticality()), Columns.name(d.status()), Columns.millis(d.createdAt()),
                Columns.millis(d.updatedAt()));
    }

    Dependency toDomain() {
        return Dependency.restore(new DependencyId(id), new SystemId(systemId),
                new DependencyDetails(name, description, Columns.enumOf(Criticality.class, criticality)),
                Columns.enumOf(Status.class, status), Columns.instant(createdAt), Columns.instant(updatedAt));
    }
}
