package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.Webhook;
import java.util.List;

/** Every webhook, in id order. */
public interface ListWebhooks {
    List<Webhook> list();
}
