package dev.vigil.adapters.persistence;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL that backups need beyond the repositories': the status log under its own ids, and forgetting derived data. */
@RegisterConstructorMapper(StatusLogRow.class)
public interface BackupDao {
    @SqlQuery("SELECT * FROM status_log WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<StatusLogRow> logAfter(long afterId, int limit);

    @SqlQuery("SELECT * FROM status_log WHERE id IN (<ids>)")
    List<StatusLogRow> logByIds(@BindList("ids") Collection<Long> ids);

    @SqlBatch("""
            INSERT INTO status_log (id, system_id, dependency_id, old_status, new_status, message, source,
                                    cause_dependency_id, created_at)
            VALUES (:id, :systemId, :dependencyId, :oldStatus, :newStatus, :message, :source, :causeDependencyId,
                    :createdAt)
            ON CONFLICT (id) DO UPDATE SET
                system_id = excluded.system_id, dependency_id = excluded.dependency_id,
                old_status = excluded.old_status, new_status = excluded.new_status, message = excluded.message,
                source = excluded.source, cause_dependency_id = excluded.cause_dependency_id,
                created_at = excluded.created_at""")
    void upsertLog(@BindMethods List<StatusLogRow> rows);

    @SqlUpdate("DELETE FROM check_results WHERE dependency_id IN (<ids>)")
    void forgetRawResults(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("DELETE FROM check_hourly WHERE dependency_id IN (<ids>)")
    void forgetHourlyResults(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("DELETE FROM check_daily WHERE dependency_id IN (<ids>)")
    void forgetDailyResults(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("DELETE FROM check_result_totals WHERE dependency_id IN (<ids>)")
    void forgetResultTotals(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("DELETE FROM status_day_tallies WHERE day >= :day")
    void forgetTallies(long day);

    @SqlUpdate("DELETE FROM status_tallied_days WHERE day >= :day")
    void forgetTalliedDays(long day);
}
