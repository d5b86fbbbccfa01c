package dev.vigil.adapters.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code notification_events} table. */
@RegisterConstructorMapper(NotificationEventRow.class)
public interface NotificationEventDao {
    @SqlUpdate("""
            INSERT INTO notification_events (id, type, occurred_at, document)
            VALUES (:id, :type, :occurredAt, :document)
            ON CONFLICT (id) DO UPDATE SET
                type = excluded.type, occurred_at = excluded.occurred_at, document = excluded.document""")
    void upsert(@BindMethods NotificationEventRow row);

    @SqlQuery("SELECT * FROM notification_events WHERE id IN (<ids>)")
    List<NotificationEventRow> byIds(@BindList("ids") List<Long> ids);

    @SqlUpdate("""
            DELETE FROM notification_events
            WHERE NOT EXISTS (SELECT 1 FROM delivery_events de WHERE de.event_id = notification_events.id)""")
    int deleteUntold();
}
