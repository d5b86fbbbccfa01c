package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.OperationalCounts;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.DeliveryState;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts from grouped queries. Check result totals come from {@code check_result_totals}, which a trigger keeps as
 * results are stored (schema version 7).
 */
public final class JdbiOperationalCounts implements OperationalCounts {
    private final SqliteDatabase database;

    public JdbiOperationalCounts(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Map<DependencyId, ResultTotals> checkResults() {
        Map<DependencyId, ResultTotals> totals = new HashMap<>();
        database.read(h -> h.attach(CountsDao.class).checkResults())
                .forEach(r -> totals.put(new DependencyId(r.dependencyId()), new ResultTotals(r.results(), r.failures())));
        return totals;
    }

    @Override
    public Map<Impact, Map<IncidentState, Long>> incidents() {
        Map<Impact, Map<IncidentState, Long>> counts = new EnumMap<>(Impact.class);
        database.read(h -> h.attach(CountsDao.class).incidents()).forEach(r -> counts
                .computeIfAbsent(Impact.fromWire(r.first()), i -> new EnumMap<>(IncidentState.class))
                .put(IncidentState.fromWire(r.second()), r.count()));
        return counts;
    }

    @Override
    public long unacknowledgedSlaBreaches() {
        return database.read(h -> h.attach(CountsDao.class).unacknowledgedSlaBreaches());
    }

    @Override
    public Map<DeliveryState, Long> deliveries() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        database.read(h -> h.attach(CountsDao.class).deliveries())
                .forEach(r -> counts.put(Columns.enumOf(DeliveryState.class, r.name()), r.count()));
        return counts;
    }

    @Override
    public Map<AttemptOutcome, Long> deliveryAttempts() {
        Map<AttemptOutcome, Long> counts = new EnumMap<>(AttemptOutcome.class);
        database.read(h -> h.attach(CountsDao.class).deliveryAttempts())
                .forEach(r -> counts.put(Columns.enumOf(AttemptOutcome.class, r.name()), r.count()));
        return counts;
    }
}
