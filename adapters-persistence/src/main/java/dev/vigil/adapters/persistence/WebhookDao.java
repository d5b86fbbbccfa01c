package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code webhooks} table. */
@RegisterConstructorMapper(WebhookRow.class)
public interface WebhookDao {
    @SqlUpdate("""
            INSERT INTO webhooks (id, name, type, url, telegram_bot_token, telegram_chat_id, secret, events,
                                  system_ids, enabled, created_at, updated_at)
            VALUES (:id, :name, :type, :url, :telegramBotToken, :telegramChatId, :secret, :events, :systemIds,
                    :enabled, :createdAt, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, type = excluded.type, url = excluded.url,
                telegram_bot_token = excluded.telegram_bot_token, telegram_chat_id = excluded.telegram_chat_id,
                secret = excluded.secret, events = excluded.events, system_ids = excluded.system_ids,
                enabled = excluded.enabled, created_at = excluded.created_at, updated_at = excluded.updated_at""")
    void upsert(@BindMethods WebhookRow row);

    @SqlQuery("SELECT * FROM webhooks WHERE id = :id")
    Optional<WebhookRow> byId(long id);

    @SqlQuery("SELECT * FROM webhooks ORDER BY id")
    List<WebhookRow> all();

    @SqlQuery("SELECT COUNT(*) FROM webhooks")
    int count();

    @SqlUpdate("DELETE FROM webhooks WHERE id = :id")
    void delete(long id);
}
