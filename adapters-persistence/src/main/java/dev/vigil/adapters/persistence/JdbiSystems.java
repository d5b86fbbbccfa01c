package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import java.util.List;
import java.util.Optional;

/** Systems in the {@code systems} table. */
public final class JdbiSystems implements Systems {
    private static final String SEQUENCE = "systems";
    private final SqliteDatabase database;

    public JdbiSystems(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public SystemId nextId() {
        return new SystemId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(MonitoredSystem system) {
        database.write(h -> {
            h.attach(SystemDao.class).upsert(SystemRow.of(system));
            h.attach(SequenceDao.class).atLeast(SEQUENCE, system.id().value());
            return null;
        });
    }

    @Override
    public Optional<MonitoredSystem> byId(SystemId id) {
        return database.read(h -> h.attach(SystemDao.class).byId(id.value())).map(SystemRow::toDomain);
    }

    @Override
    public Optional<MonitoredSystem> bySlug(Slug slug) {
        return database.read(h -> h.attach(SystemDao.class).bySlug(slug.value())).map(SystemRow::toDomain);
    }

    @Override
    public List<MonitoredSystem> all() {
        return database.read(h -> h.attach(SystemDao.class).all()).stream()
                .map(SystemRow::toDomain)
                .sorted(MonitoredSystem.BY_NAME)
                .toList();
    }

    @Override
    public void delete(SystemId id) {
        database.write(h -> {
            h.attach(SystemDao.class).delete(id.value());
            return null;
        });
    }
}
