package dev.vigil.application.fakes;

import dev.vigil.application.port.out.OperationalCounts;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.DeliveryState;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Counts over the other fakes, the long way round. */
public final class InMemoryOperationalCounts implements OperationalCounts {
    private final InMemoryCheckHistory history;
    private final InMemoryIncidents incidents;
    private final InMemorySlaBreaches breaches;
    private final InMemoryOutbox outbox;

    public InMemoryOperationalCounts(InMemoryCheckHistory history, InMemoryIncidents incidents,
                                     InMemorySlaBreaches breaches, InMemoryOutbox outbox) {
        this.history = history;
        this.incidents = incidents;
        this.breaches = breaches;
        this.outbox = outbox;
    }

    @Override
    public Map<DependencyId, ResultTotals> checkResults() {
        Map<DependencyId, ResultTotals> totals = new HashMap<>();
        history.totals().forEach((id, t) -> totals.put(id, new ResultTotals(t[0], t[1])));
        return totals;
    }

    @Override
    public Map<Impact, Map<IncidentState, Long>> incidents() {
        Map<Impact, Map<IncidentState, Long>> counts = new EnumMap<>(Impact.class);
        for (Incident i : incidents.page(Integer.MAX_VALUE, 0)) {
            counts.computeIfAbsent(i.impact(), k -> new EnumMap<>(IncidentState.class)).merge(i.state(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public long unacknowledgedSlaBreaches() {
        return breaches.latest(true, Integer.MAX_VALUE).size();
    }

    @Override
    public Map<DeliveryState, Long> deliveries() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        outbox.allDeliveries().forEach(d -> counts.merge(d.state(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Map<AttemptOutcome, Long> deliveryAttempts() {
        Map<AttemptOutcome, Long> counts = new EnumMap<>(AttemptOutcome.class);
        for (Delivery d : outbox.allDeliveries()) {
            for (DeliveryAttempt a : d.attempts()) {
                counts.merge(a.outcome(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
