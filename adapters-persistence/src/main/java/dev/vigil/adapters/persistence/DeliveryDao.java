package dev.vigil.adapters.persistence;

import dev.vigil.adapters.persistence.DeliveryRow.DeliveryAttemptRow;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code deliveries} table and its children {@code delivery_events} and {@code delivery_attempts}. */
@RegisterConstructorMapper(DeliveryRow.class)
@RegisterConstructorMapper(DeliveryAttemptRow.class)
public interface DeliveryDao {
    @SqlUpdate("""
            INSERT INTO deliveries (id, webhook_id, event_type, coalesce_key, state, created_at, due_at, leased_until,
                                    retry_base, finished_at)
            VALUES (:id, :webhookId, :eventType, :coalesceKey, :state, :createdAt, :dueAt, :leasedUntil, :retryBase,
                    :finishedAt)
            ON CONFLICT (id) DO UPDATE SET
                state = excluded.state, due_at = excluded.due_at, leased_until = excluded.leased_until,
                retry_base = excluded.retry_base, finished_at = excluded.finished_at""")
    void upsert(@BindMethods DeliveryRow row);

    @SqlUpdate("""
            INSERT INTO delivery_events (delivery_id, position, event_id) VALUES (:deliveryId, :position, :eventId)
            ON CONFLICT (delivery_id, position) DO NOTHING""")
    void addEvent(long deliveryId, int position, long eventId);

    @SqlUpdate("""
            INSERT INTO delivery_attempts (delivery_id, number, started_at, duration_ms, outcome, status_code, error)
            VALUES (:deliveryId, :number, :startedAt, :durationMs, :outcome, :statusCode, :error)
            ON CONFLICT (delivery_id, number) DO NOTHING""")
    void addAttempt(@BindMethods DeliveryAttemptRow row);

    @SqlQuery("SELECT * FROM deliveries WHERE id = :id")
    Optional<DeliveryRow> byId(long id);

    @SqlQuery("SELECT event_id FROM delivery_events WHERE delivery_id = :deliveryId ORDER BY position")
    List<Long> eventIds(long deliveryId);

    @SqlQuery("SELECT * FROM delivery_attempts WHERE delivery_id = :deliveryId ORDER BY number")
    List<DeliveryAttemptRow> attempts(long deliveryId);

    @SqlQuery("""
            SELECT * FROM deliveries WHERE webhook_id = :webhookId AND coalesce_key = :key
            ORDER BY id DESC LIMIT 1""")
    Optional<DeliveryRow> latestWithKey(long webhookId, String key);

    @SqlQuery("""
            SELECT * FROM deliveries
            WHERE state = 'pending' AND due_at <= :now AND (leased_until IS NULL OR leased_until <= :now)
            ORDER BY due_at, id LIMIT :limit""")
    List<DeliveryRow> due(long now, int limit);

    @SqlQuery("SELECT * FROM deliveries WHERE webhook_id = :webhookId ORDER BY id DESC LIMIT :limit")
    List<DeliveryRow> ofWebhook(long webhookId, int limit);

    @SqlUpdate("UPDATE deliveries SET leased_until = NULL WHERE leased_until IS NOT NULL")
    int releaseClaims();

    @SqlUpdate("DELETE FROM deliveries WHERE webhook_id = :webhookId")
    void deleteOfWebhook(long webhookId);

    @SqlUpdate("DELETE FROM deliveries WHERE state <> 'pending' AND finished_at < :cutoff")
    int deleteFinishedBefore(long cutoff);
}
