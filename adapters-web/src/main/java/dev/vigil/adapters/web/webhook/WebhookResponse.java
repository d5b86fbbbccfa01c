package dev.vigil.adapters.web.webhook;

import dev.vigil.application.port.in.webhook.RegisteredWebhook;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookTarget;
import java.time.Instant;
import java.util.List;

/**
 * A webhook as the API shows it. Its secrets are write-only: {@code url} keeps only scheme, host and port,
 * {@code bot_token} only the bot's public number, and {@code secret} is {@code ***} (except in the response that
 * created the webhook, when Vigil generated it).
 */
public record WebhookResponse(long id, String name, String type, String url, String botToken, String chatId,
                              String secret, List<String> events, List<Long> systemIds, boolean enabled,
                              Instant createdAt, Instant updatedAt) {
    static final String HIDDEN = "***";

    public static WebhookResponse of(Webhook w) {
        return of(w, HIDDEN);
    }

    /** The response to a creation: the generated secret in clear, this once. */
    public static WebhookResponse created(RegisteredWebhook registered) {
        return of(registered.webhook(), registered.generatedSecret().map(s -> s.reveal()).orElse(HIDDEN));
    }

    private static WebhookResponse of(Webhook w, String secret) {
        String url = null;
        String token = null;
        String chat = null;
        if (w.target() instanceof WebhookTarget.TelegramChat telegram) {
            token = telegram.maskedToken();
            chat = telegram.chatId();
        } else {
            url = w.target().masked();
        }
        return new WebhookResponse(w.id().value(), w.name(), w.type().wireName(), url, token, chat, secret,
                w.filter().events().stream().map(EventType::wireName).toList(),
                w.filter().systems().stream().map(SystemId::value).toList(), w.enabled(), w.createdAt(),
                w.updatedAt());
    }
}
