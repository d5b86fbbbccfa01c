package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** SQL that reads the {@code status_log} table as timelines. */
@RegisterConstructorMapper(StatusLogRow.class)
public interface StatusHistoryDao {
    @SqlQuery("SELECT * FROM status_log WHERE created_at >= :from AND created_at < :to ORDER BY created_at, id")
    List<StatusLogRow> between(long from, long to);

    @SqlQuery("""
            SELECT * FROM status_log WHERE system_id = :systemId AND dependency_id IS NULL AND created_at >= :at
            ORDER BY created_at, id LIMIT 1""")
    Optional<StatusLogRow> firstOfSystem(long systemId, long at);

    @SqlQuery("""
            SELECT * FROM status_log WHERE dependency_id = :dependencyId AND created_at >= :at
            ORDER BY created_at, id LIMIT 1""")
    Optional<StatusLogRow> firstOfDependency(long dependencyId, long at);

    @SqlQuery("""
            SELECT * FROM status_log WHERE system_id = :systemId AND dependency_id IS NULL
            ORDER BY id DESC LIMIT 1""")
    Optional<StatusLogRow> lastSystemChange(long systemId);

    @SqlQuery("""
            SELECT * FROM status_log WHERE system_id = :systemId AND dependency_id IS NULL AND id > :afterEntry
            ORDER BY id LIMIT :limit""")
    List<StatusLogRow> systemChangesAfter(long systemId, long afterEntry, int limit);
}
