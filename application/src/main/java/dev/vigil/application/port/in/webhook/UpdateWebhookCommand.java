package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The settings of a webhook to change; an empty one keeps its current value. */
public record UpdateWebhookCommand(WebhookId id, Optional<String> name, Optional<WebhookType> type,
                                   Optional<String> url, Optional<String> botToken, Optional<String> chatId,
                                   Optional<String> secret, Optional<Set<EventType>> events,
                                   Optional<Set<SystemId>> systemIds, Optional<Boolean> enabled) {
    public UpdateWebhookCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(secret, "secret");
        events = Objects.requireNonNull(events, "events").map(Set::copyOf);
        systemIds = Objects.requireNonNull(systemIds, "systemIds").map(Set::copyOf);
        Objects.requireNonNull(enabled, "enabled");
    }
}
