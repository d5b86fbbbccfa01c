package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Checks;
import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.system.DependencyId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/** Checks in the {@code checks} table; the foreign key removes a check with its dependency. */
public final class JdbiChecks implements Checks {
    /** SQLite allows 32766 bound parameters; stay far below. */
    static final int IN_CHUNK = 500;
    /** Plain JDBC for the hottest statement: one row per check per batch of results. */
    private static final String UPDATE_STATE = """
            UPDATE checks SET consecutive_failures = ?, consecutive_successes = ?, last_at = ?, last_verdict = ?,
                last_latency_ms = ?, last_status_code = ?, last_reason = ?, last_ping_at = ?, missing = ?,
                ping_deadline = ?
            WHERE dependency_id = ?""";
    private final SqliteDatabase database;

    public JdbiChecks(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void save(Check check) {
        database.write(h -> {
            h.attach(CheckDao.class).upsert(CheckRow.of(check));
            return null;
        });
    }

    @Override
    public void saveAll(Collection<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        List<CheckRow> rows = checks.stream().map(CheckRow::of).toList();
        database.write(h -> {
            h.attach(CheckDao.class).upsertAll(rows);
            return null;
        });
    }

    @Override
    public void saveStates(Collection<Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        List<CheckRow> rows = checks.stream().map(CheckRow::of).toList();
        database.write(h -> {
            try (PreparedStatement update = h.getConnection().prepareStatement(UPDATE_STATE)) {
                for (CheckRow r : rows) {
                    update.setInt(1, r.consecutiveFailures());
                    update.setInt(2, r.consecutiveSuccesses());
                    update.setObject(3, r.lastAt());
                    update.setString(4, r.lastVerdict());
                    update.setObject(5, r.lastLatencyMs());
                    update.setObject(6, r.lastStatusCode());
                    update.setString(7, r.lastReason());
                    update.setObject(8, r.lastPingAt());
                    update.setInt(9, r.missing() ? 1 : 0);
                    update.setObject(10, r.pingDeadline());
                    update.setLong(11, r.dependencyId());
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the state of " + rows.size() + " checks: " + e.getMessage(), e);
            }
            return null;
        });
    }

    @Override
    public Optional<Check> byDependency(DependencyId dependency) {
        return database.read(h -> h.attach(CheckDao.class).byId(dependency.value())).map(CheckRow::toDomain);
    }

    @Override
    public Map<DependencyId, Check> byDependencies(Collection<DependencyId> dependencies) {
        List<Long> ids = dependencies.stream().map(DependencyId::value).distinct().toList();
        Map<DependencyId, Check> found = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            database.read(h -> h.attach(CheckDao.class).byIds(chunk)).stream().map(CheckRow::toDomain)
                    .forEach(c -> found.put(c.dependency(), c));
        }
        return found;
    }

    @Override
    public Optional<Check> byTokenHash(SecretHash hash) {
        return database.read(h -> h.attach(CheckDao.class).byTokenHash(hash.hex())).map(CheckRow::toDomain);
    }

    @Override
    public List<Check> scheduled() {
        return new ArrayList<>(database.read(h -> h.attach(CheckDao.class).scheduled()).stream()
                .map(CheckRow::toDomain).toList());
    }

    @Override
    public List<Check> pushOverdue(Instant now) {
        return database.read(h -> h.attach(CheckDao.class).pushOverdue(now.toEpochMilli())).stream()
                .map(CheckRow::toDomain).toList();
    }

    @Override
    public void delete(DependencyId dependency) {
        database.write(h -> {
            h.attach(CheckDao.class).delete(dependency.value());
            return null;
        });
    }
}
