package dev.vigil.application.port.in.webhook;

import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import java.util.Objects;
import java.util.Optional;

/** A new webhook and, when Vigil generated its signing secret, that secret: shown this once. */
public record RegisteredWebhook(Webhook webhook, Optional<SigningSecret> generatedSecret) {
    public RegisteredWebhook {
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(generatedSecret, "generatedSecret");
    }
}
