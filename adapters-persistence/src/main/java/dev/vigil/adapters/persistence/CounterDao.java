package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code counters} table. */
@RegisterConstructorMapper(CounterRow.class)
public interface CounterDao {
    @SqlUpdate("""
            INSERT INTO counters (name, label, value, created_at, updated_at)
            VALUES (:name, :label, :value, :createdAt, :updatedAt)
            ON CONFLICT (name) DO UPDATE SET
                label = excluded.label, value = excluded.value, created_at = excluded.created_at,
                updated_at = excluded.updated_at""")
    void upsert(@BindMethods CounterRow row);

    @SqlQuery("SELECT * FROM counters WHERE name = :name")
    Optional<CounterRow> byName(String name);

    @SqlQuery("SELECT * FROM counters ORDER BY created_at, name")
    List<CounterRow> all();

    @SqlQuery("SELECT count(*) FROM counters")
    int count();

    @SqlUpdate("DELETE FROM counters WHERE name = :name")
    int delete(String name);
}
