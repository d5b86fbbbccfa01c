package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.RegisterWebhook;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.in.webhook.RegisteredWebhook;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookLimitReached;
import dev.vigil.domain.webhook.WebhookTarget;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Subscribes a webhook after checking its target, its systems and the webhook limit. */
public final class RegisterWebhookService implements RegisterWebhook {
    private final Webhooks webhooks;
    private final WebhookRules rules;
    private final Transactions transactions;
    private final RandomGenerator random;
    private final Clock clock;

    public RegisterWebhookService(Webhooks webhooks, Systems systems, OutboundPolicy policy, Transactions transactions,
                                  RandomGenerator random, Clock clock) {
        this.webhooks = webhooks;
        this.rules = new WebhookRules(systems, policy);
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public RegisteredWebhook register(RegisterWebhookCommand command) {
        WebhookTarget target = WebhookTarget.of(command.type(), command.url(), command.botToken(), command.chatId(),
                Optional.empty());
        rules.requireAllowed(target);
        Optional<SigningSecret> chosen = command.secret().map(SigningSecret::of);
        SigningSecret secret = chosen.orElseGet(() -> SigningSecret.generate(random));
        EventFilter filter = new EventFilter(command.events().orElse(EventFilter.DEFAULT.events()), command.systemIds());
        return transactions.inTransaction(() -> {
            rules.requireKnown(filter.systems());
            if (webhooks.count() >= WebhookLimitReached.MAX_WEBHOOKS) {
                throw new WebhookLimitReached();
            }
            Webhook webhook = Webhook.register(webhooks.nextId(), command.name(), command.type(), target, secret, filter,
                    command.enabled(), clock.instant());
            webhooks.save(webhook);
            return new RegisteredWebhook(webhook, chosen.isPresent() ? Optional.empty() : Optional.of(secret));
        });
    }
}
