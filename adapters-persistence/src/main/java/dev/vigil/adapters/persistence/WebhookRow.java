package dev.vigil.adapters.persistence;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of the {@code webhooks} table; events and system ids are stored comma-separated. */
public record WebhookRow(long id, String name, String type, String url, String telegramBotToken,
                         String telegramChatId, String secret, String events, String systemIds, boolean enabled,
                         long createdAt, long updatedAt) {

    static WebhookRow of(Webhook w) {
        String url = null;
        String token = null;
        String chat = null;
        if (w.target() instanceof WebhookTarget.TelegramChat telegram) {
            token = telegram.botToken();
            chat = telegram.chatId();
        } else {
            url = ((WebhookTarget.Endpoint) w.target()).url();
        }
        return new WebhookRow(w.id().value(), w.name(), Columns.name(w.type()), url, token, chat, w.secret().reveal(),
                w.filter().events().stream().map(Columns::name).collect(Collectors.joining(",")),
                w.filter().systems().stream().map(SystemId::toString).collect(Collectors.joining(",")),
                w.enabled(), Columns.millis(w.createdAt()), Columns.millis(w.updatedAt()));
    }

    Webhook toDomain() {
        WebhookType webhookType = Columns.enumOf(WebhookType.class, type);
        WebhookTarget target = webhookType == WebhookType.TELEGRAM
                ? new WebhookTarget.TelegramChat(telegramBotToken, telegramChatId)
                : new WebhookTarget.Endpoint(url);
        Set<EventType> eventSet = Arrays.stream(events.split(","))
                .map(e -> Columns.enumOf(EventType.class, e)).collect(Collectors.toSet());
        Set<SystemId> systems = systemIds.isEmpty() ? Set.of() : Arrays.stream(systemIds.split(","))
                .map(s -> new SystemId(Long.parseLong(s))).collect(Collectors.toSet());
        return Webhook.restore(new WebhookId(id), name, webhookType, target, SigningSecret.of(secret),
                new EventFilter(eventSet, systems), enabled, Columns.instant(createdAt), Columns.instant(updatedAt));
    }
}
