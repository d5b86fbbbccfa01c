package dev.vigil.adapters.persistence;

import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.incident.UpdateVisibility;

/** A row of the {@code incident_updates} table. */
public record IncidentUpdateRow(long incidentId, int number, long at, String state, String message,
                                String visibility, String author) {

    static IncidentUpdateRow of(long incidentId, IncidentUpdate u) {
        return new IncidentUpdateRow(incidentId, u.number(), Columns.millis(u.at()), Columns.name(u.state()),
                u.message(), Columns.name(u.visibility()), u.by());
    }

    IncidentUpdate toDomain() {
        return new IncidentUpdate(number, Columns.instant(at), Columns.enumOf(IncidentState.class, state), message,
                Columns.enumOf(UpdateVisibility.class, visibility), author);
    }
}
