package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;
import java.util.List;

/** The incidents not yet resolved: the worst impact first, then the newest. */
public interface ListActiveIncidents {
    List<Incident> active();
}
