package dev.vigil.application.port.in.backup;

import dev.vigil.domain.Text;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook to load. Exported without secrets it has no target (URL, or bot token and chat) and no signing secret:
 * loading then keeps those of the stored webhook with its id, or skips it when there is none.
 */
public record ImportedWebhook(WebhookId id, String name, WebhookType type, Optional<WebhookTarget> target,
                              Optional<SigningSecret> secret, EventFilter filter, boolean enabled, Instant createdAt,
                              Instant updatedAt) {
    public ImportedWebhook {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "name", Webhook.NAME_MAX);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (target.isPresent() != secret.isPresent()) {
            throw new IllegalArgumentException("a webhook comes with both its target and its secret, or with neither");
        }
    }

    /** A webhook with its secrets. */
    public static ImportedWebhook complete(Webhook w) {
        return new ImportedWebhook(w.id(), w.name(), w.type(), Optional.of(w.target()), Optional.of(w.secret()),
                w.filter(), w.enabled(), w.createdAt(), w.updatedAt());
    }

    /** The webhook with these secrets (every invariant checked by {@link Webhook#restore}). */
    public Webhook with(WebhookTarget withTarget, SigningSecret withSecret) {
        return Webhook.restore(id, name, type, withTarget, withSecret, filter, enabled, createdAt, updatedAt);
    }
}
