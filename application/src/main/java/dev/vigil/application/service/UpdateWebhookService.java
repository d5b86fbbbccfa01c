package dev.vigil.application.service;

import dev.vigil.application.port.in.webhook.UnknownWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhookCommand;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Clock;
import java.util.Optional;

/**
 * Changes the given settings of a webhook. Changing the type to or from Telegram needs the fields of the new kind
 * of target; fields not given keep their value where they still fit.
 */
public final class UpdateWebhookService implements UpdateWebhook {
    private final Webhooks webhooks;
    private final WebhookRules rules;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateWebhookService(Webhooks webhooks, Systems systems, OutboundPolicy policy, Transactions transactions,
                                Clock clock) {
        this.webhooks = webhooks;
        this.rules = new WebhookRules(systems, policy);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Webhook update(UpdateWebhookCommand command) {
        return transactions.inTransaction(() -> {
            Webhook webhook = webhooks.byId(command.id()).orElseThrow(() -> new UnknownWebhook(command.id()));
            WebhookType type = command.type().orElse(webhook.type());
            WebhookTarget target = WebhookTarget.of(type, command.url(), command.botToken(), command.chatId(),
                    Optional.of(webhook.target()));
            rules.requireAllowed(target);
            SigningSecret secret = command.secret().map(SigningSecret::of).orElse(webhook.secret());
            EventFilter filter = webhook.filter();
            filter = command.events().map(filter::withEvents).orElse(filter);
            filter = command.systemIds().map(filter::withSystems).orElse(filter);
            command.systemIds().ifPresent(rules::requireKnown);
            Webhook changed = webhook.change(command.name().orElse(webhook.name()), type, target, secret, filter,
                    command.enabled().orElse(webhook.enabled()), clock.instant());
            if (changed != webhook) {
                webhooks.save(changed);
            }
            return changed;
        });
    }
}
