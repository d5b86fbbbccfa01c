package dev.vigil.application.port.out;

import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import java.util.List;
import java.util.Optional;

/** Where webhooks are kept, secrets included (Vigil needs them to send and sign). */
public interface Webhooks {
    /** A fresh id, never handed out before. */
    WebhookId nextId();

    /** Stores a new webhook or replaces the stored state of an existing one. */
    void save(Webhook webhook);

    Optional<Webhook> byId(WebhookId id);

    /** Every webhook, in id order. */
    List<Webhook> all();

    int count();

    void delete(WebhookId id);
}
