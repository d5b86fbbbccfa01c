package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.Text;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A new webhook: its name and type; a {@code url} (every type but Telegram) or a {@code botToken} and
 * {@code chatId} (Telegram); a signing secret (generated when not given); the events it wants (status changes when
 * not given) about which systems (all when none); and whether it is enabled.
 */
public record RegisterWebhookCommand(String name, WebhookType type, Optional<String> url, Optional<String> botToken,
                                     Optional<String> chatId, Optional<String> secret,
                                     Optional<Set<EventType>> events, Set<SystemId> systemIds, boolean enabled) {
    public RegisterWebhookCommand {
        name = Text.required(name, "name", Webhook.NAME_MAX);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(secret, "secret");
        events = Objects.requireNonNull(events, "events").map(Set::copyOf);
        systemIds = Set.copyOf(systemIds);
    }
}
