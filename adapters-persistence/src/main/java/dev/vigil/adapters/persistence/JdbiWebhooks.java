package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import java.util.List;
import java.util.Optional;

/** Webhooks in the {@code webhooks} table. */
public final class JdbiWebhooks implements Webhooks {
    private static final String SEQUENCE = "webhooks";
    private final SqliteDatabase database;

    public JdbiWebhooks(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public WebhookId nextId() {
        return new WebhookId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(Webhook webhook) {
        database.write(h -> {
            h.attach(WebhookDao.class).upsert(WebhookRow.of(webhook));
            h.attach(SequenceDao.class).atLeast(SEQUENCE, webhook.id().value());
            return null;
        });
    }

    @Override
    public Optional<Webhook> byId(WebhookId id) {
        return database.read(h -> h.attach(WebhookDao.class).byId(id.value())).map(WebhookRow::toDomain);
    }

    @Override
    public List<Webhook> all() {
        return database.read(h -> h.attach(WebhookDao.class).all()).stream().map(WebhookRow::toDomain).toList();
    }

    @Override
    public int count() {
        return database.read(h -> h.attach(WebhookDao.class).count());
    }

    @Override
    public void delete(WebhookId id) {
        database.write(h -> {
            h.attach(WebhookDao.class).delete(id.value());
            return null;
        });
    }
}
