package dev.vigil.adapters.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code status_log} table. */
@RegisterConstructorMapper(StatusLogRow.class)
public interface StatusLogDao {
    @SqlUpdate("""
            INSERT INTO status_log (system_id, dependency_id, old_status, new_status, message, source,
                                    cause_dependency_id, created_at)
            VALUES (:systemId, :dependencyId, :oldStatus, :newStatus, :message, :source, :causeDependencyId,
                    :createdAt)""")
    @GetGeneratedKeys("id")
    long append(@BindMethods StatusLogRow row);

    @SqlQuery("SELECT * FROM status_log ORDER BY id DESC LIMIT :limit")
    List<StatusLogRow> latest(int limit);

    @SqlQuery("SELECT * FROM status_log WHERE system_id = :systemId ORDER BY id DESC LIMIT :limit")
    List<StatusLogRow> latestOfSystem(long systemId, int limit);

    @SqlQuery("SELECT * FROM status_log WHERE dependency_id = :dependencyId ORDER BY id DESC LIMIT :limit")
    List<StatusLogRow> latestOfDependency(long dependencyId, int limit);

    @SqlQuery("""
            SELECT * FROM status_log
            WHERE source = :source
              AND (:systemId IS NULL OR system_id = :systemId)
              AND (:dependencyId IS NULL OR dependency_id = :dependencyId)
            ORDER BY id DESC LIMIT :limit""")
    List<StatusLogRow> latestFromSource(String source, Long systemId, Long dependencyId, int limit);
}
