package dev.vigil.application.port.in.sla;

import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.system.SystemId;
import java.util.List;
import java.util.Optional;

/** Recorded breaches, most recently detected first: all, only unacknowledged ones, or one system's. */
public interface ListSlaBreaches {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 500;

    List<SlaBreach> list(boolean unacknowledgedOnly, Optional<SystemId> system, int limit);
}
