package dev.vigil.application.port.in.incident;

import dev.vigil.domain.incident.Incident;
import java.util.List;

/** All incidents, newest first, a page at a time ({@code limit} 1 to {@value #MAX_LIMIT}). */
public interface ListIncidents {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 200;

    List<Incident> page(int limit, int offset);
}
