package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code sla_breaches} table. */
@RegisterConstructorMapper(SlaBreachRow.class)
public interface SlaBreachDao {
    @SqlUpdate("""
            INSERT INTO sla_breaches (id, system_id, system_name, period, period_start, period_end, target,
                                      availability, budget_ms, spent_ms, detected_at, acknowledged_by, acknowledged_at)
            VALUES (:id, :systemId, :systemName, :period, :periodStart, :periodEnd, :target, :availability,
                    :budgetMs, :spentMs, :detectedAt, :acknowledgedBy, :acknowledgedAt)
            ON CONFLICT (id) DO UPDATE SET
                system_id = excluded.system_id, system_name = excluded.system_name, period = excluded.period,
                period_start = excluded.period_start, period_end = excluded.period_end, target = excluded.target,
                availability = excluded.availability, budget_ms = excluded.budget_ms, spent_ms = excluded.spent_ms,
                detected_at = excluded.detected_at, acknowledged_by = excluded.acknowledged_by,
                acknowledged_at = excluded.acknowledged_at""")
    void upsert(@BindMethods SlaBreachRow row);

    @SqlQuery("SELECT * FROM sla_breaches WHERE id = :id")
    Optional<SlaBreachRow> byId(long id);

    @SqlQuery("""
            SELECT * FROM sla_breaches WHERE system_id = :systemId AND period = :period
            AND period_start = :periodStart""")
    Optional<SlaBreachRow> find(long systemId, String period, long periodStart);

    @SqlQuery("SELECT * FROM sla_breaches ORDER BY detected_at DESC, id DESC LIMIT :limit")
    List<SlaBreachRow> latest(int limit);

    @SqlQuery("""
            SELECT * FROM sla_breaches WHERE acknowledged_by IS NULL ORDER BY detected_at DESC, id DESC
            LIMIT :limit""")
    List<SlaBreachRow> latestUnacknowledged(int limit);

    @SqlQuery("SELECT * FROM sla_breaches WHERE system_id = :systemId ORDER BY detected_at DESC, id DESC LIMIT :limit")
    List<SlaBreachRow> latestOf(long systemId, int limit);
}
