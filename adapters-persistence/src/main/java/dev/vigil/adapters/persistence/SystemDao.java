package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code systems} table. */
@RegisterConstructorMapper(SystemRow.class)
public interface SystemDao {
    @SqlUpdate("""
            INSERT INTO systems (id, name, slug, description, url, owner, visibility, sla_target, manual_status,
                                 status, created_at, updated_at, auto_incident_after)
            VALUES (:id, :name, :slug, :description, :url, :owner, :visibility, :slaTarget, :manualStatus,
                    :status, :createdAt, :updatedAt, :autoIncidentAfter)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, slug = excluded.slug, description = excluded.description, url = excluded.url,
                owner = excluded.owner, visibility = excluded.visibility, sla_target = excluded.sla_target,
                manual_status = excluded.manual_status, status = excluded.status, created_at = excluded.created_at,
                updated_at = excluded.updated_at, auto_incident_after = excluded.auto_incident_after""")
    void upsert(@BindMethods SystemRow row);

    @SqlQuery("SELECT * FROM systems WHERE id = :id")
    Optional<SystemRow> byId(long id);

    @SqlQuery("SELECT * FROM systems WHERE slug = :slug")
    Optional<SystemRow> bySlug(String slug);

    @SqlQuery("SELECT * FROM systems")
    List<SystemRow> all();

    @SqlUpdate("DELETE FROM systems WHERE id = :id")
    void delete(long id);
}
