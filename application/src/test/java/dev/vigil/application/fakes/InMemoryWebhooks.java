package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Webhooks in a map ordered by id. */
public final class InMemoryWebhooks implements Webhooks {
    private final TreeMap<Long, Webhook> webhooks = new TreeMap<>();
    private long sequence;

    @Override
    public synchronized WebhookId nextId() {
        return new WebhookId(++sequence);
    }

    @Override
    public synchronized void save(Webhook webhook) {
        webhooks.put(webhook.id().value(), webhook);
        sequence = Math.max(sequence, webhook.id().value());
    }

    @Override
    public synchronized Optional<Webhook> byId(WebhookId id) {
        return Optional.ofNullable(webhooks.get(id.value()));
    }

    @Override
    public synchronized List<Webhook> all() {
        return List.copyOf(webhooks.values());
    }

    @Override
    public synchronized int count() {
        return webhooks.size();
    }

    @Override
    public synchronized void delete(WebhookId id) {
        webhooks.remove(id.value());
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        webhooks.clear();
    }
}
