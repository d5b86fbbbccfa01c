package dev.vigil.domain.webhook;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A subscription of a chat channel or an HTTP endpoint to Vigil's events: where to post (its target), in which
 * format (its type), which events it wants (its filter), and the secret its messages are signed with.
 */
public final class Webhook {
    public static final int NAME_MAX = 100;

    private final WebhookId id;
    private final String name;
    private final WebhookType type;
    private final WebhookTarget target;
    private final SigningSecret secret;
    private final EventFilter filter;
    private final boolean enabled;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Webhook(WebhookId id, String name, WebhookType type, WebhookTarget target, SigningSecret secret,
                    EventFilter filter, boolean enabled, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.required(name, "name", NAME_MAX);
        this.type = Objects.requireNonNull(type, "type");
        this.target = Objects.requireNonNull(target, "target");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.enabled = enabled;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        boolean telegram = type == WebhookType.TELEGRAM;
        if (telegram != target instanceof WebhookTarget.TelegramChat) {
            throw new IllegalArgumentException(telegram
                    ? "a telegram webhook needs bot_token and chat_id"
                    : "a " + type.wireName() + " webhook needs a url");
        }
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
    }

    /** A new webhook. */
    public static Webhook register(WebhookId id, String name, WebhookType type, WebhookTarget target,
                                   SigningSecret secret, EventFilter filter, boolean enabled, Instant now) {
        return new Webhook(id, name, type, target, secret, filter, enabled, now, now);
    }

    /** Rebuilds a webhook from stored state; every invariant is checked again. */
    public static Webhook restore(WebhookId id, String name, WebhookType type, WebhookTarget target,
                                  SigningSecret secret, EventFilter filter, boolean enabled, Instant createdAt,
                                  Instant updatedAt) {
        return new Webhook(id, name, type, target, secret, filter, enabled, createdAt, updatedAt);
    }

    /** The same webhook with every setting replaced; unchanged settings keep the instance as it is. */
    public Webhook change(String newName, WebhookType newType, WebhookTarget newTarget, SigningSecret newSecret,
                          EventFilter newFilter, boolean nowEnabled, Instant now) {
        Webhook changed = new Webhook(id, newName, newType, newTarget, newSecret, newFilter, nowEnabled, createdAt,
                updatedAt);
        if (changed.sameSettingsAs(this)) {
            return this;
        }
        Instant t = now.truncatedTo(MILLIS);
        return new Webhook(id, changed.name, newType, newTarget, newSecret, newFilter, nowEnabled, createdAt,
                t.isBefore(createdAt) ? createdAt : t);
    }

    private boolean sameSettingsAs(Webhook other) {
        return name.equals(other.name) && type == other.type && target.equals(other.target)
                && secret.equals(other.secret) && filter.equals(other.filter) && enabled == other.enabled;
    }

    public WebhookId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public WebhookType type() {
        return type;
    }

    public WebhookTarget target() {
        return target;
    }

    public SigningSecret secret() {
        return secret;
    }

    public EventFilter filter() {
        return filter;
    }

    /** A disabled webhook gets nothing new queued; what was queued before is still delivered. */
    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Webhook other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Webhook[" + id + " " + name + " " + type.wireName() + " " + target.masked() + "]";
    }
}
