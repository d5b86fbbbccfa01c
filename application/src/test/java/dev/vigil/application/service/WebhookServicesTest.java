package dev.vigil.application.service;

import static dev.vigil.domain.webhook.WebhookFixtures.BOT_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.in.webhook.RegisteredWebhook;
import dev.vigil.application.port.in.webhook.UnknownWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhookCommand;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookLimitReached;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();

    private static RegisterWebhookCommand slack(String name) {
        return new RegisterWebhookCommand(name, WebhookType.SLACK, Optional.of("https://hooks.slack.com/services/T/B/x"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), true);
    }

    private static UpdateWebhookCommand noChange(WebhookId id) {
        return new UpdateWebhookCommand(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void register_withoutASecret_generatesOne_andReturnsItOnce() {
        RegisteredWebhook registered = vigil.registerWebhook.register(slack("Ops"));

        assertThat(registered.generatedSecret()).isPresent();
        Webhook stored = vigil.webhooks.byId(registered.webhook().id()).orElseThrow();
        assertThat(stored.secret()).isEqualTo(registered.generatedSecret().get());
        assertThat(stored.filter().events()).containsExactly(EventType.STATUS_CHANGE);
        assertThat(stored.filter().systems()).isEmpty();
        assertThat(stored.createdAt()).isEqualTo(vigil.clock.instant());
    }

    @Test
    void register_withAChosenSecret_keepsIt_andDoesNotEchoIt() {
        var command = new RegisterWebhookCommand("Receiver", WebhookType.GENERIC, Optional.of("http://127.0.0.1:9000/in"),
                Optional.empty(), Optional.empty(), Optional.of("my-own-secret-123456"),
                Optional.of(Set.of(EventType.SLA_BREACH)), Set.of(), false);

        RegisteredWebhook registered = vigil.registerWebhook.register(command);

        assertThat(registered.generatedSecret()).isEmpty();
        assertThat(registered.webhook().secret()).isEqualTo(SigningSecret.of("my-own-secret-123456"));
        assertThat(registered.webhook().enabled()).isFalse();
    }

    @Test
    void register_aTelegramWebhook_takesTokenAndChat() {
        var command = new RegisterWebhookCommand("Phone", WebhookType.TELEGRAM, Optional.empty(), Optional.of(BOT_TOKEN),
                Optional.of("-1001234567890"), Optional.empty(), Optional.empty(), Set.of(), true);

        Webhook webhook = vigil.registerWebhook.register(command).webhook();

        assertThat(webhook.target()).isEqualTo(new WebhookTarget.TelegramChat(BOT_TOKEN, "-1001234567890"));
    }

    @Test
    void register_forUnknownSystems_isRejected_andStoresNothing() {
        var system = vigil.createSystem.create(CreateSystemCommand.named("API"));
        var command = new RegisterWebhookCommand("Ops", WebhookType.DISCORD, Optional.of("https://discord.com/api/webhooks/1/x"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(system.id(), new SystemId(77)), true);

        assertThatThrownBy(() -> vigil.registerWebhook.register(command))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system_ids names system 77, which does not exist");
        assertThat(vigil.webhooks.all()).isEmpty();
    }

    @Test
    void register_ofACloudMetadataAddress_isRejected() {
        var command = new RegisterWebhookCommand("Sneaky", WebhookType.GENERIC,
                Optional.of("http://169.254.169.254/latest/meta-data"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), true);

        assertThatThrownBy(() -> vigil.registerWebhook.register(command))
                .hasMessage("url is not allowed: 169.254.169.254 is a link-local or cloud-metadata address (169.254.0.0/16)");
    }

    @Test
    void register_beyondTheLimit_isARuleViolation() {
        for (int i = 0; i < WebhookLimitReached.MAX_WEBHOOKS; i++) {
            vigil.registerWebhook.register(slack("Hook " + i));
        }

        assertThatThrownBy(() -> vigil.registerWebhook.register(slack("One too many")))
                .isInstanceOf(WebhookLimitReached.class);
        assertThat(vigil.webhooks.count()).isEqualTo(WebhookLimitReached.MAX_WEBHOOKS);
    }

    @Test
    void update_changesOnlyWhatIsGiven() {
        Webhook webhook = vigil.registerWebhook.register(slack("Ops")).webhook();
        vigil.clock.advance(Duration.ofMinutes(1));

        Webhook updated = vigil.updateWebhook.update(new UpdateWebhookCommand(webhook.id(), Optional.of("Ops alerts"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of(EventType.INCIDENT_OPENED, EventType.INCIDENT_RESOLVED)), Optional.empty(),
                Optional.of(false)));

        assertThat(updated.name()).isEqualTo("Ops alerts");
        assertThat(updated.target()).isEqualTo(webhook.target());
        assertThat(updated.secret()).isEqualTo(webhook.secret());
        assertThat(updated.filter().events()).containsExactly(EventType.INCIDENT_OPENED, EventType.INCIDENT_RESOLVED);
        assertThat(updated.enabled()).isFalse();
        assertThat(updated.updatedAt()).isEqualTo(vigil.clock.instant());
        assertThat(vigil.webhooks.byId(webhook.id())).get().usingRecursiveComparison().isEqualTo(updated);
    }

    @Test
    void update_toTelegram_needsTheTelegramFields() {
        Webhook webhook = vigil.registerWebhook.register(slack("Ops")).webhook();

        assertThatThrownBy(() -> vigil.updateWebhook.update(new UpdateWebhookCommand(webhook.id(), Optional.empty(),
                Optional.of(WebhookType.TELEGRAM), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())))
                .hasMessage("bot_token is required for a telegram webhook");
        Webhook telegram = vigil.updateWebhook.update(new UpdateWebhookCommand(webhook.id(), Optional.empty(),
                Optional.of(WebhookType.TELEGRAM), Optional.empty(), Optional.of(BOT_TOKEN), Optional.of("42"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(telegram.type()).isEqualTo(WebhookType.TELEGRAM);
        assertThat(vigil.webhooks.byId(webhook.id()).orElseThrow().type()).isEqualTo(WebhookType.TELEGRAM);
    }

    @Test
    void update_withNothingNew_keepsTheUpdateTime() {
        Webhook webhook = vigil.registerWebhook.register(slack("Ops")).webhook();
        vigil.clock.advance(Duration.ofMinutes(1));

        Webhook same = vigil.updateWebhook.update(noChange(webhook.id()));

        assertThat(same.updatedAt()).isEqualTo(webhook.updatedAt());
    }

    @Test
    void update_checksSystemsOnlyWhenTheyAreGiven() {
        var system = vigil.createSystem.create(CreateSystemCommand.named("API"));
        Webhook webhook = vigil.registerWebhook.register(new RegisterWebhookCommand("Ops", WebhookType.SLACK,
                Optional.of("https://hooks.slack.com/x"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(system.id()), true)).webhook();
        vigil.deleteSystem.delete(system.id());

        vigil.updateWebhook.update(new UpdateWebhookCommand(webhook.id(), Optional.of("Renamed"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));

        assertThatThrownBy(() -> vigil.updateWebhook.update(new UpdateWebhookCommand(webhook.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Set.of(system.id())), Optional.empty())))
                .hasMessageContaining("which does not exist");
    }

    @Test
    void unknownIds_areNotFound() {
        WebhookId missing = new WebhookId(404);

        assertThatThrownBy(() -> vigil.showWebhook.show(missing)).isInstanceOf(UnknownWebhook.class)
                .hasMessage("webhook 404 not found");
        assertThatThrownBy(() -> vigil.updateWebhook.update(noChange(missing))).isInstanceOf(UnknownWebhook.class);
        assertThatThrownBy(() -> vigil.deleteWebhook.delete(missing)).isInstanceOf(UnknownWebhook.class);
        assertThatThrownBy(() -> vigil.testWebhook.test(missing)).isInstanceOf(UnknownWebhook.class);
        assertThatThrownBy(() -> vigil.listDeliveries.ofWebhook(missing, 10)).isInstanceOf(UnknownWebhook.class);
    }

    @Test
    void test_sendsATestMessage_andReportsTheRealOutcome() {
        Webhook webhook = vigil.registerWebhook.register(slack("Ops")).webhook();
        vigil.sender.willAnswer(SendOutcome.rejected(Optional.of(404), "HTTP 404: no_service", Duration.ofMillis(30)));

        SendOutcome outcome = vigil.testWebhook.test(webhook.id());

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).contains(404);
        assertThat(outcome.error()).isEqualTo("HTTP 404: no_service");
        assertThat(vigil.sender.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.dispatch().isTest()).isTrue();
            assertThat(sent.dispatch().events()).isEmpty();
            assertThat(sent.webhook()).isEqualTo(webhook);
        });
        assertThat(vigil.outbox.all()).as("a test does not go through the outbox").isEmpty();
    }
}
