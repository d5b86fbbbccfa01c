package dev.vigil.adapters.persistence;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemDetails;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;

/** A row of the {@code systems} table. */
public record SystemRow(long id, String name, String slug, String description, String url, String owner,
                        String visibility, double slaTarget, String manualStatus, String status,
                        long createdAt, long updatedAt, long autoIncidentAfter) {

    static SystemRow of(MonitoredSystem s) {
        SystemDetails d = s.details();
        return new SystemRow(s.id().value(), d.name(), d.slug().value(), d.description(), d.url(), d.owner(),
                Columns.name(d.visibility()), d.slaTarget().percent(), Columns.name(s.manualStatus()),
                Columns.name(s.status()), Columns.millis(s.createdAt()), Columns.millis(s.updatedAt()),
                d.autoIncidentAfter().toSeconds());
    }

    MonitoredSystem toDomain() {
        SystemDetails details = new SystemDetails(name, new Slug(slug), description, url, owner,
                Columns.enumOf(Visibility.class, visibility), new SlaTarget(slaTarget),
                Duration.ofSeconds(autoIncidentAfter));
        return MonitoredSystem.restore(new SystemId(id), details, Columns.enumOf(Status.class, manualStatus),
                Columns.enumOf(Status.class, status), Columns.instant(createdAt), Columns.instant(updatedAt));
    }
}
