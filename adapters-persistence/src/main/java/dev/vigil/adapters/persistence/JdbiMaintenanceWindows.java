package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Maintenance windows in the {@code maintenances} table, with the systems they name. */
public final class JdbiMaintenanceWindows implements MaintenanceWindows {
    private static final String SEQUENCE = "maintenances";
    private final SqliteDatabase database;

    public JdbiMaintenanceWindows(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public MaintenanceId nextId() {
        return new MaintenanceId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(MaintenanceWindow window) {
        database.write(h -> {
            MaintenanceDao dao = h.attach(MaintenanceDao.class);
            long id = window.id().value();
            dao.upsert(MaintenanceRow.of(window));
            dao.clearSystems(id);
            List<MemberRow> systems = window.systems().stream().map(s -> new MemberRow(id, s.value())).toList();
            if (!systems.isEmpty()) {
                dao.insertSystems(systems);
            }
            h.attach(SequenceDao.class).atLeast(SEQUENCE, id);
            return null;
        });
    }

    @Override
    public Optional<MaintenanceWindow> byId(MaintenanceId id) {
        return database.read(h -> whole(h, h.attach(MaintenanceDao.class).byId(id.value()).stream().toList()))
                .stream().findFirst();
    }

    @Override
    public void delete(MaintenanceId id) {
        database.write(h -> {
            h.attach(MaintenanceDao.class).delete(id.value());
            return null;
        });
    }

    @Override
    public List<MaintenanceWindow> page(int limit, int offset) {
        return database.read(h -> whole(h, h.attach(MaintenanceDao.class).page(limit, offset)));
    }

    @Override
    public List<MaintenanceWindow> overlapping(Instant from, Instant to) {
        return database.read(h -> whole(h, h.attach(MaintenanceDao.class).overlapping(Columns.millis(from),
                Columns.millis(to))));
    }

    @Override
    public List<MaintenanceWindow> upcoming(Instant now) {
        return database.read(h -> whole(h, h.attach(MaintenanceDao.class).upcoming(Columns.millis(now))));
    }

    @Override
    public boolean covers(SystemId system, Instant at) {
        return database.read(h -> h.attach(MaintenanceDao.class).covers(system.value(), Columns.millis(at)));
    }

    @Override
    public List<MaintenanceWindow> inEffect() {
        return database.read(h -> whole(h, h.attach(MaintenanceDao.class).inEffect()));
    }

    @Override
    public List<MaintenanceWindow> pendingAt(Instant now) {
        return database.read(h -> whole(h, h.attach(MaintenanceDao.class).pendingAt(Columns.millis(now))));
    }

    private static List<MaintenanceWindow> whole(Handle h, List<MaintenanceRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MaintenanceDao dao = h.attach(MaintenanceDao.class);
        Map<Long, List<Long>> systems = new HashMap<>();
        List<Long> ids = rows.stream().map(MaintenanceRow::id).toList();
        for (int from = 0; from < ids.size(); from += Chunks.SIZE) {
            dao.systemsOf(ids.subList(from, Math.min(ids.size(), from + Chunks.SIZE)))
                    .forEach(m -> systems.computeIfAbsent(m.ownerId(), k -> new ArrayList<>()).add(m.systemId()));
        }
        return rows.stream().map(r -> r.toDomain(systems.getOrDefault(r.id(), List.of()))).toList();
    }
}
