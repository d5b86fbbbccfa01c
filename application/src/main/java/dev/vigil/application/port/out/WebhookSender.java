package dev.vigil.application.port.out;

import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;

/**
 * Sends one message to a webhook in its native format and says how it went. Expected failures (timeouts, refused
 * connections, error statuses, targets the outbound policy refuses) are outcomes, not exceptions. If the calling
 * thread is interrupted (Vigil is stopping), it throws {@link java.util.concurrent.CancellationException} and the
 * attempt counts for nothing.
 */
public interface WebhookSender {
    SendOutcome send(Webhook webhook, Dispatch dispatch);
}
