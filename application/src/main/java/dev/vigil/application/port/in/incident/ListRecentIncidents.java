package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;
import java.util.List;

/** The incidents resolved within the last {@code days} days (1 to {@value #MAX_DAYS}), most recently resolved first. */
public interface ListRecentIncidents {
    int DEFAULT_DAYS = 7;
    int MAX_DAYS = 365;

    List<Incident> resolvedWithin(int days);
}
