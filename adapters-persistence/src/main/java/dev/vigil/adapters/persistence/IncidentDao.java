package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code incidents}, {@code incident_systems} and {@code incident_updates} tables. */
@RegisterConstructorMapper(IncidentRow.class)
@RegisterConstructorMapper(IncidentUpdateRow.class)
@RegisterConstructorMapper(MemberRow.class)
public interface IncidentDao {
    @SqlUpdate("""
            INSERT INTO incidents (id, title, impact, state, started_at, resolved_at, acknowledged_by, acknowledged_at,
                                   postmortem, auto_system_id, auto_outage_since, auto_last_seen_entry, created_at,
                                   updated_at)
            VALUES (:id, :title, :impact, :state, :startedAt, :resolvedAt, :acknowledgedBy, :acknowledgedAt,
                    :postmortem, :autoSystemId, :autoOutageSince, :autoLastSeenEntry, :createdAt, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, impact = excluded.impact, state = excluded.state,
                started_at = excluded.started_at, resolved_at = excluded.resolved_at,
                acknowledged_by = excluded.acknowledged_by, acknowledged_at = excluded.acknowledged_at,
                postmortem = excluded.postmortem, auto_system_id = excluded.auto_system_id,
                auto_outage_since = excluded.auto_outage_since, auto_last_seen_entry = excluded.auto_last_seen_entry,
                created_at = excluded.created_at, updated_at = excluded.updated_at""")
    void upsert(@BindMethods IncidentRow row);

    @SqlQuery("SELECT * FROM incidents WHERE id = :id")
    Optional<IncidentRow> byId(long id);

    @SqlQuery("SELECT * FROM incidents ORDER BY started_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<IncidentRow> page(int limit, int offset);

    @SqlQuery("SELECT * FROM incidents WHERE state <> 'resolved' ORDER BY started_at DESC, id DESC")
    List<IncidentRow> unresolved();

    @SqlQuery("SELECT * FROM incidents WHERE resolved_at >= :since ORDER BY resolved_at DESC, id DESC")
    List<IncidentRow> resolvedSince(long since);

    @SqlQuery("""
            SELECT * FROM incidents WHERE started_at < :to AND (resolved_at IS NULL OR resolved_at >= :from)
            ORDER BY started_at DESC, id DESC""")
    List<IncidentRow> overlapping(long from, long to);

    @SqlQuery("SELECT * FROM incidents WHERE auto_system_id = :systemId AND state <> 'resolved'")
    Optional<IncidentRow> openAutomaticOf(long systemId);

    @SqlQuery("SELECT * FROM incidents WHERE auto_system_id = :systemId AND auto_outage_since = :outageSince")
    Optional<IncidentRow> automaticFor(long systemId, long outageSince);

    @SqlUpdate("DELETE FROM incidents WHERE id = :id")
    void delete(long id);

    @SqlQuery("SELECT COALESCE(MAX(number), 0) FROM incident_updates WHERE incident_id = :incidentId")
    int lastUpdateNumber(long incidentId);

    @SqlBatch("""
            INSERT INTO incident_updates (incident_id, number, at, state, message, visibility, author)
            VALUES (:incidentId, :number, :at, :state, :message, :visibility, :author)""")
    void insertUpdates(@BindMethods List<IncidentUpdateRow> rows);

    @SqlQuery("SELECT * FROM incident_updates WHERE incident_id IN (<ids>) ORDER BY incident_id, number")
    List<IncidentUpdateRow> updatesOf(@BindList("ids") List<Long> ids);

    @SqlUpdate("DELETE FROM incident_systems WHERE incident_id = :incidentId")
    void clearSystems(long incidentId);

    @SqlBatch("INSERT INTO incident_systems (incident_id, system_id) VALUES (:ownerId, :systemId)")
    void insertSystems(@BindMethods List<MemberRow> rows);

    @SqlQuery("""
            SELECT incident_id AS owner_id, system_id FROM incident_systems WHERE incident_id IN (<ids>)
            ORDER BY incident_id, system_id""")
    List<MemberRow> systemsOf(@BindList("ids") List<Long> ids);
}
