package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code maintenances} and {@code maintenance_systems} tables. */
@RegisterConstructorMapper(MaintenanceRow.class)
@RegisterConstructorMapper(MemberRow.class)
public interface MaintenanceDao {
    @SqlUpdate("""
            INSERT INTO maintenances (id, title, description, starts_at, ends_at, cancelled_at, activated_at,
                                      deactivated_at, created_at, updated_at)
            VALUES (:id, :title, :description, :startsAt, :endsAt, :cancelledAt, :activatedAt, :deactivatedAt,
                    :createdAt, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, description = excluded.description, starts_at = excluded.starts_at,
                ends_at = excluded.ends_at, cancelled_at = excluded.cancelled_at,
                activated_at = excluded.activated_at, deactivated_at = excluded.deactivated_at,
                created_at = excluded.created_at, updated_at = excluded.updated_at""")
    void upsert(@BindMethods MaintenanceRow row);

    @SqlQuery("SELECT * FROM maintenances WHERE id = :id")
    Optional<MaintenanceRow> byId(long id);

    @SqlQuery("SELECT * FROM maintenances ORDER BY starts_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<MaintenanceRow> page(int limit, int offset);

    @SqlQuery("SELECT * FROM maintenances WHERE starts_at < :to AND ends_at > :from ORDER BY starts_at, id")
    List<MaintenanceRow> overlapping(long from, long to);

    @SqlQuery("SELECT * FROM maintenances WHERE cancelled_at IS NULL AND starts_at > :now ORDER BY starts_at, id")
    List<MaintenanceRow> upcoming(long now);

    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM maintenances m
                WHERE m.starts_at <= :at AND m.ends_at > :at AND (m.cancelled_at IS NULL OR m.cancelled_at > :at)
                AND (NOT EXISTS (SELECT 1 FROM maintenance_systems s WHERE s.maintenance_id = m.id)
                     OR EXISTS (SELECT 1 FROM maintenance_systems s
                                WHERE s.maintenance_id = m.id AND s.system_id = :systemId)))""")
    boolean covers(long systemId, long at);

    @SqlQuery("""
            SELECT * FROM maintenances WHERE activated_at IS NOT NULL AND deactivated_at IS NULL
            ORDER BY starts_at, id""")
    List<MaintenanceRow> inEffect();

    @SqlQuery("""
            SELECT * FROM maintenances
            WHERE (activated_at IS NOT NULL AND deactivated_at IS NULL)
               OR (activated_at IS NULL AND cancelled_at IS NULL AND starts_at <= :now AND ends_at > :now)
            ORDER BY starts_at, id""")
    List<MaintenanceRow> pendingAt(long now);

    @SqlUpdate("DELETE FROM maintenances WHERE id = :id")
    void delete(long id);

    @SqlUpdate("DELETE FROM maintenance_systems WHERE maintenance_id = :maintenanceId")
    void clearSystems(long maintenanceId);

    @SqlBatch("INSERT INTO maintenance_systems (maintenance_id, system_id) VALUES (:ownerId, :systemId)")
    void insertSystems(@BindMethods List<MemberRow> rows);

    @SqlQuery("""
            SELECT maintenance_id AS owner_id, system_id FROM maintenance_systems WHERE maintenance_id IN (<ids>)
            ORDER BY maintenance_id, system_id""")
    List<MemberRow> systemsOf(@BindList("ids") List<Long> ids);
}
