package dev.vigil.application.port.in.webhook;

/** Subscribes a new webhook; a signing secret Vigil generates is returned this once. */
public interface RegisterWebhook {
    RegisteredWebhook register(RegisterWebhookCommand command);
}
