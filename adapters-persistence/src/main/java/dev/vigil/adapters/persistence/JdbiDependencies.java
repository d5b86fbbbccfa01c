package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dependencies in the {@code dependencies} table. */
public final class JdbiDependencies implements Dependencies {
    private static final String SEQUENCE = "dependencies";
    private final SqliteDatabase database;

    public JdbiDependencies(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public DependencyId nextId() {
        return new DependencyId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(Dependency dependency) {
        database.write(h -> {
            h.attach(DependencyDao.class).upsert(DependencyRow.of(dependency));
            h.attach(SequenceDao.class).atLeast(SEQUENCE, dependency.id().value());
            return null;
        });
    }

    @Override
    public Optional<Dependency> byId(DependencyId id) {
        return database.read(h -> h.attach(DependencyDao.class).byId(id.value())).map(DependencyRow::toDomain);
    }

    @Override
    public Map<DependencyId, Dependency> byIds(Collection<DependencyId> ids) {
        List<Long> values = ids.stream().map(DependencyId::value).distinct().toList();
        Map<DependencyId, Dependency> found = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i += JdbiChecks.IN_CHUNK) {
            List<Long> chunk = values.subList(i, Math.min(values.size(), i + JdbiChecks.IN_CHUNK));
            database.read(h -> h.attach(DependencyDao.class).byIds(chunk)).stream().map(DependencyRow::toDomain)
                    .forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    @Override
    public List<Dependency> ofSystem(SystemId system) {
        return database.read(h -> h.attach(DependencyDao.class).ofSystem(system.value())).stream()
                .map(DependencyRow::toDomain)
                .sorted(Dependency.BY_NAME)
                .toList();
    }

    @Override
    public void delete(DependencyId id) {
        database.write(h -> {
            h.attach(DependencyDao.class).delete(id.value());
            return null;
        });
    }

    @Override
    public void deleteOfSystem(SystemId system) {
        database.write(h -> {
            h.attach(DependencyDao.class).deleteOfSystem(system.value());
            return null;
        });
    }

    @Override
    public List<Dependency> all() {
        return database.read(h -> h.attach(DependencyDao.class).all()).stream()
                .map(DependencyRow::toDomain)
                .sorted(Comparator.comparingLong((Dependency d) -> d.systemId().value()).thenComparing(Dependency.BY_NAME))
                .toList();
    }
}
