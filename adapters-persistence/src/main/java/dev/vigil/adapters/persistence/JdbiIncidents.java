package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Incidents;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Incidents in the {@code incidents} table, with their systems and their timelines. Updates are never rewritten:
 * saving an incident adds the updates the table does not have yet.
 */
public final class JdbiIncidents implements Incidents {
    private static final String SEQUENCE = "incidents";
    private final SqliteDatabase database;

    public JdbiIncidents(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public IncidentId nextId() {
        return new IncidentId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(Incident incident) {
        database.write(h -> {
            IncidentDao dao = h.attach(IncidentDao.class);
            long id = incident.id().value();
            dao.upsert(IncidentRow.of(incident));
            int stored = dao.lastUpdateNumber(id);
            List<IncidentUpdateRow> fresh = incident.updates().stream().filter(u -> u.number() > stored)
                    .map(u -> IncidentUpdateRow.of(id, u)).toList();
            if (!fresh.isEmpty()) {
                dao.insertUpdates(fresh);
            }
            dao.clearSystems(id);
            List<MemberRow> systems = incident.systems().stream().map(s -> new MemberRow(id, s.value())).toList();
            if (!systems.isEmpty()) {
                dao.insertSystems(systems);
            }
            h.attach(SequenceDao.class).atLeast(SEQUENCE, id);
            return null;
        });
    }

    @Override
    public Optional<Incident> byId(IncidentId id) {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).byId(id.value()).stream().toList()))
                .stream().findFirst();
    }

    @Override
    public void delete(IncidentId id) {
        database.write(h -> {
            h.attach(IncidentDao.class).delete(id.value());
            return null;
        });
    }

    @Override
    public List<Incident> page(int limit, int offset) {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).page(limit, offset)));
    }

    @Override
    public List<Incident> unresolved() {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).unresolved()));
    }

    @Override
    public List<Incident> resolvedSince(Instant since) {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).resolvedSince(Columns.millis(since))));
    }

    @Override
    public List<Incident> overlapping(Instant from, Instant to) {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).overlapping(Columns.millis(from),
                Columns.millis(to))));
    }

    @Override
    public Optional<Incident> openAutomaticOf(SystemId system) {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).openAutomaticOf(system.value()).stream()
                .toList())).stream().findFirst();
    }

    @Override
    public Optional<Incident> automaticFor(SystemId system, Instant outageSince) {
        return database.read(h -> whole(h, h.attach(IncidentDao.class).automaticFor(system.value(),
                Columns.millis(outageSince)).stream().toList())).stream().findFirst();
    }

    /** The incidents of {@code rows} with their updates and systems, read in two more queries (in chunks). */
    private static List<Incident> whole(Handle h, List<IncidentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        IncidentDao dao = h.attach(IncidentDao.class);
        Map<Long, List<IncidentUpdate>> updates = new HashMap<>();
        Map<Long, List<Long>> systems = new HashMap<>();
        List<Long> ids = rows.stream().map(IncidentRow::id).toList();
        for (int from = 0; from < ids.size(); from += Chunks.SIZE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + Chunks.SIZE));
            dao.updatesOf(chunk).forEach(u -> updates.computeIfAbsent(u.incidentId(), k -> new ArrayList<>())
                    .add(u.toDomain()));
            dao.systemsOf(chunk).forEach(m -> systems.computeIfAbsent(m.ownerId(), k -> new ArrayList<>())
                    .add(m.systemId()));
        }
        return rows.stream().map(r -> r.toDomain(updates.getOrDefault(r.id(), List.of()),
                systems.getOrDefault(r.id(), List.of()))).toList();
    }
}
