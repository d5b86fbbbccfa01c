package dev.vigil.adapters.web.incident;

import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentUpdate;
import java.time.Instant;

/** One entry of an incident's timeline as the API shows it; {@code number} counts from 1 within the incident. */
public record IncidentUpdateResponse(long incidentId, int number, String state, String message, String visibility,
                                     String createdBy, Instant createdAt) {

    public static IncidentUpdateResponse of(IncidentId incident, IncidentUpdate u) {
        return new IncidentUpdateResponse(incident.value(), u.number(), u.state().wireName(), u.message(),
                u.visibility().wireName(), u.by(), u.at());
    }
}
