package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.TestWebhook;
import dev.vigil.application.port.in.webhook.UnknownWebhook;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.application.port.out.WebhookSender;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import java.time.Clock;

/** Sends a test message straight away (no transaction is held while it travels) and returns the real outcome. */
public final class TestWebhookService implements TestWebhook {
    private final Webhooks webhooks;
    private final WebhookSender sender;
    private final Clock clock;

    public TestWebhookService(Webhooks webhooks, WebhookSender sender, Clock clock) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public SendOutcome test(WebhookId id) {
        Webhook webhook = webhooks.byId(id).orElseThrow(() -> new UnknownWebhook(id));
        return sender.send(webhook, Dispatch.test(clock.instant()));
    }
}
