package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SLA breaches in the {@code sla_breaches} table. */
public final class JdbiSlaBreaches implements SlaBreaches {
    private static final String SEQUENCE = "sla_breaches";
    private final SqliteDatabase database;

    public JdbiSlaBreaches(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public SlaBreachId nextId() {
        return new SlaBreachId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(SlaBreach breach) {
        database.write(h -> {
            h.attach(SlaBreachDao.class).upsert(SlaBreachRow.of(breach));
            h.attach(SequenceDao.class).atLeast(SEQUENCE, breach.id().value());
            return null;
        });
    }

    @Override
    public Optional<SlaBreach> byId(SlaBreachId id) {
        return database.read(h -> h.attach(SlaBreachDao.class).byId(id.value())).map(SlaBreachRow::toDomain);
    }

    @Override
    public Optional<SlaBreach> find(SystemId system, SlaPeriod period, Instant periodStart) {
        return database.read(h -> h.attach(SlaBreachDao.class).find(system.value(), period.wireName(),
                Columns.millis(periodStart))).map(SlaBreachRow::toDomain);
    }

    @Override
    public List<SlaBreach> latest(boolean unacknowledgedOnly, int limit) {
        return database.read(h -> unacknowledgedOnly
                ? h.attach(SlaBreachDao.class).latestUnacknowledged(limit)
                : h.attach(SlaBreachDao.class).latest(limit)).stream().map(SlaBreachRow::toDomain).toList();
    }

    @Override
    public List<SlaBreach> latestOf(SystemId system, int limit) {
        return database.read(h -> h.attach(SlaBreachDao.class).latestOf(system.value(), limit)).stream()
                .map(SlaBreachRow::toDomain).toList();
    }
}
