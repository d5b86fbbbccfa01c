package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.ListSlaBreaches;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.system.SystemId;
import java.util.List;
import java.util.Optional;

/** Lists recorded breaches, most recently detected first. */
public final class ListSlaBreachesService implements ListSlaBreaches {
    private final SlaBreaches breaches;
    private final Systems systems;

    public ListSlaBreachesService(SlaBreaches breaches, Systems systems) {
        this.breaches = breaches;
        this.systems = systems;
    }

    @Override
    public List<SlaBreach> list(boolean unacknowledgedOnly, Optional<SystemId> system, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (system.isPresent()) {
            systems.byId(system.get()).orElseThrow(() -> new UnknownSystem(system.get()));
            return breaches.latestOf(system.get(), limit).stream()
                    .filter(b -> !unacknowledgedOnly || !b.isAcknowledged()).toList();
        }
        return breaches.latest(unacknowledgedOnly, limit);
    }
}
