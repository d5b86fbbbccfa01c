package dev.vigil.adapters.web.system;

import dev.vigil.domain.system.MonitoredSystem;
import java.time.Instant;

/** A system as the API shows it; {@code auto_incident_after} is in seconds (0: never). */
public record SystemResponse(long id, String name, String slug, String description, String url, String owner,
                             String visibility, String status, String manualStatus, double slaTarget,
                             Instant createdAt, Instant updatedAt, long autoIncidentAfter) {

    public static SystemResponse of(MonitoredSystem s) {
        return new SystemResponse(s.id().value(), s.name(), s.slug().value(), s.details().description(),
                s.details().url(), s.details().owner(), s.visibility().wireName(), s.status().wireName(),
                s.manualStatus().wireName(), s.details().slaTarget().percent(), s.createdAt(), s.updatedAt(),
                s.details().autoIncidentAfter().toSeconds());
    }
}
