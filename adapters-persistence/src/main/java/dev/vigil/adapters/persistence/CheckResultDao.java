package dev.vigil.adapters.persistence;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import java.util.Optional;

/** SQL for raw results and the roll-up marks. */
public interface CheckResultDao {
    @SqlBatch("""
            INSERT OR IGNORE INTO check_results (dependency_id, at, verdict, latency_ms, status_code, reason)
            VALUES (:dependencyId, :at, :verdict, :latencyMs, :statusCode, :reason)""")
    void insert(@BindMethods Collection<CheckResultRow> rows);

    @SqlQuery("SELECT until FROM check_rollup_marks WHERE tier = :tier")
    Optional<Long> mark(String tier);

    @SqlUpdate("""
            INSERT INTO check_rollup_marks (tier, until) VALUES (:tier, :until)
            ON CONFLICT (tier) DO UPDATE SET until = excluded.until""")
    void setMark(String tier, long until);

    @SqlUpdate("DELETE FROM check_results WHERE at < :before")
    int deleteRawBefore(long before);

    @SqlUpdate("DELETE FROM check_hourly WHERE start < :before")
    int deleteHourlyBefore(long before);
}
