package dev.vigil.adapters.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code dependencies} table. */
@RegisterConstructorMapper(DependencyRow.class)
public interface DependencyDao {
    @SqlUpdate("""
            INSERT INTO dependencies (id, system_id, name, description, criticality, status, created_at, updated_at)
            VALUES (:id, :systemId, :name, :description, :criticality, :status, :createdAt, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                system_id = excluded.system_id, name = excluded.name, description = excluded.description,
                criticality = excluded.criticality, status = excluded.status, created_at = excluded.created_at,
                updated_at = excluded.updated_at""")
    void upsert(@BindMethods DependencyRow row);

    @SqlQuery("SELECT * FROM dependencies WHERE id = :id")
    Optional<DependencyRow> byId(long id);

    @SqlQuery("SELECT * FROM dependencies WHERE id IN (<ids>)")
    List<DependencyRow> byIds(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT * FROM dependencies WHERE system_id = :systemId")
    List<DependencyRow> ofSystem(long systemId);

    @SqlUpdate("DELETE FROM dependencies WHERE id = :id")
    void delete(long id);

    @SqlUpdate("DELETE FROM dependencies WHERE system_id = :systemId")
    void deleteOfSystem(long systemId);

    @SqlQuery("SELECT * FROM dependencies")
    List<DependencyRow> all();
}
