package dev.vigil.application.contract;

import static dev.vigil.domain.webhook.WebhookFixtures.BOT_TOKEN;
import static dev.vigil.domain.webhook.WebhookFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link Webhooks} adapter must do; the in-memory fake and the SQLite adapter both pass it. */
public abstract class WebhooksContract {

    protected abstract Webhooks webhooks();

    private Webhook stored(WebhookType type, WebhookTarget target) {
        Webhook webhook = Webhook.register(webhooks().nextId(), "Hook", type, target,
                SigningSecret.of("a-secret-of-some-length"), EventFilter.DEFAULT, true, T0);
        webhooks().save(webhook);
        return webhook;
    }

    @Test
    void save_thenById_returnsEveryField_ofAnHttpWebhook() {
        Webhook webhook = Webhook.register(webhooks().nextId(), "Ops Slack", WebhookType.SLACK,
                new WebhookTarget.Endpoint("https://hooks.slack.com/services/T0/B0/xyz"),
                SigningSecret.of("whsec_0123456789abcdef"),
                WebhookFixtures.filter(Set.of(EventType.STATUS_CHANGE, EventType.SLA_BREACH, EventType.HEARTBEAT_MISSING), 3, 1),
                false, T0.plusMillis(5));

        webhooks().save(webhook);

        assertThat(webhooks().byId(webhook.id())).get().usingRecursiveComparison().isEqualTo(webhook);
    }

    @Test
    void save_thenById_returnsEveryField_ofATelegramWebhook() {
        Webhook webhook = stored(WebhookType.TELEGRAM, new WebhookTarget.TelegramChat(BOT_TOKEN, "@vigil_alerts"));

        assertThat(webhooks().byId(webhook.id())).get().usingRecursiveComparison().isEqualTo(webhook);
    }

    @Test
    void save_ofAStoredWebhook_replacesItsState() {
        Webhook webhook = stored(WebhookType.GENERIC, new WebhookTarget.Endpoint("https://example.com/a"));
        Webhook changed = webhook.change("Renamed", WebhookType.TELEGRAM, new WebhookTarget.TelegramChat(BOT_TOKEN, "-100"),
                SigningSecret.of("another-secret-value"), webhook.filter().withEvents(Set.of(EventType.INCIDENT_OPENED)),
                false, T0.plusSeconds(9));

        webhooks().save(changed);

        assertThat(webhooks().byId(webhook.id())).get().usingRecursiveComparison().isEqualTo(changed);
        assertThat(webhooks().count()).isEqualTo(1);
    }

    @Test
    void all_isInIdOrder_andDeleteRemoves() {
        Webhook a = stored(WebhookType.GENERIC, new WebhookTarget.Endpoint("https://example.com/a"));
        Webhook b = stored(WebhookType.DISCORD, new WebhookTarget.Endpoint("https://discord.com/api/webhooks/1/x"));
        Webhook c = stored(WebhookType.TEAMS, new WebhookTarget.Endpoint("https://example.webhook.office.com/x"));

        webhooks().delete(b.id());

        assertThat(webhooks().all()).containsExactly(a, c);
        assertThat(webhooks().count()).isEqualTo(2);
        assertThat(webhooks().byId(b.id())).isEmpty();
    }

    @Test
    void nextId_neverRepeats() {
        Set<WebhookId> ids = new HashSet<>();
        Webhook w = stored(WebhookType.GENERIC, new WebhookTarget.Endpoint("https://example.com/a"));
        ids.add(w.id());
        webhooks().delete(w.id());

        for (int i = 0; i < 5; i++) {
            assertThat(ids.add(webhooks().nextId())).isTrue();
        }
    }

    @Test
    void nothingStored_readsAsEmpty() {
        assertThat(webhooks().all()).isEmpty();
        assertThat(webhooks().count()).isZero();
        assertThat(webhooks().byId(new WebhookId(42))).isEmpty();
    }
}
