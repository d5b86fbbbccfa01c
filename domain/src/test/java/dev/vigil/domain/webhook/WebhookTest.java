package dev.vigil.domain.webhook;

import static dev.vigil.domain.webhook.WebhookFixtures.BOT_TOKEN;
import static dev.vigil.domain.webhook.WebhookFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookTest {
    private final Webhook hook = WebhookFixtures.aWebhook(1, "https://example.com/hook");

    @Test
    void typeAndTarget_mustFit() {
        assertThatThrownBy(() -> Webhook.register(new WebhookId(2), "x", WebhookType.TELEGRAM,
                new WebhookTarget.Endpoint("https://example.com"), SigningSecret.of(WebhookFixtures.SECRET),
                EventFilter.DEFAULT, true, T0)).hasMessage("a telegram webhook needs bot_token and chat_id");
        assertThatThrownBy(() -> Webhook.register(new WebhookId(2), "x", WebhookType.SLACK,
                new WebhookTarget.TelegramChat(BOT_TOKEN, "1"), SigningSecret.of(WebhookFixtures.SECRET),
                EventFilter.DEFAULT, true, T0)).hasMessage("a slack webhook needs a url");
    }

    @Test
    void name_isRequired_andBounded() {
        assertThatThrownBy(() -> Webhook.register(new WebhookId(2), " ", WebhookType.GENERIC,
                new WebhookTarget.Endpoint("https://example.com"), SigningSecret.of(WebhookFixtures.SECRET),
                EventFilter.DEFAULT, true, T0)).hasMessage("name is required");
        assertThatThrownBy(() -> Webhook.register(new WebhookId(2), "n".repeat(101), WebhookType.GENERIC,
                new WebhookTarget.Endpoint("https://example.com"), SigningSecret.of(WebhookFixtures.SECRET),
                EventFilter.DEFAULT, true, T0)).hasMessage("name must be at most 100 characters");
    }

    @Test
    void change_withTheSameSettings_keepsTheInstance() {
        Webhook same = hook.change(hook.name(), hook.type(), hook.target(), hook.secret(), hook.filter(), true,
                T0.plusSeconds(60));

        assertThat(same).isSameAs(hook);
        assertThat(same.updatedAt()).isEqualTo(T0);
    }

    @Test
    void change_replacesSettings_andTheUpdateTime() {
        Webhook changed = hook.change("Ops", WebhookType.SLACK, new WebhookTarget.Endpoint("https://hooks.slack.com/x"),
                hook.secret(), hook.filter().withEvents(Set.of(EventType.SLA_BREACH)), false, T0.plusSeconds(60));

        assertThat(changed.name()).isEqualTo("Ops");
        assertThat(changed.type()).isEqualTo(WebhookType.SLACK);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.filter().events()).containsExactly(EventType.SLA_BREACH);
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(changed.createdAt()).isEqualTo(T0);
    }

    @Test
    void toString_showsNoSecret() {
        Webhook slack = hook.change("Ops", WebhookType.SLACK,
                new WebhookTarget.Endpoint("https://hooks.slack.com/services/T0/B0/SECRETPART"), hook.secret(),
                hook.filter(), true, T0);

        assertThat(slack.toString()).doesNotContain("SECRETPART").doesNotContain(WebhookFixtures.SECRET);
    }

    @Test
    void generatedSecret_is256RandomBits_andHidden() {
        SigningSecret a = SigningSecret.generate(new SecureRandom());
        SigningSecret b = SigningSecret.generate(new SecureRandom());

        assertThat(a.reveal()).startsWith("whsec_").hasSize(6 + 43);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.toString()).doesNotContain(a.reveal());
    }

    @Test
    void chosenSecret_mustBeLongAndVisible() {
        assertThatThrownBy(() -> SigningSecret.of("short")).hasMessage("secret must be 16 to 256 characters long");
        assertThatThrownBy(() -> SigningSecret.of("with spaces inside it")).hasMessage("secret may only contain visible ASCII characters");
    }

    @Test
    void filter_matchesItsEvents_andItsSystems_orAllWhenNoneNamed() {
        EventFilter all = WebhookFixtures.filter(Set.of(EventType.STATUS_CHANGE));
        EventFilter some = WebhookFixtures.filter(Set.of(EventType.STATUS_CHANGE, EventType.INCIDENT_OPENED), 1, 2);

        assertThat(all.matches(EventType.STATUS_CHANGE, List.of(new SystemId(9)))).isTrue();
        assertThat(all.matches(EventType.SLA_BREACH, List.of(new SystemId(9)))).isFalse();
        assertThat(some.matches(EventType.INCIDENT_OPENED, List.of(new SystemId(3), new SystemId(2)))).isTrue();
        assertThat(some.matches(EventType.STATUS_CHANGE, List.of(new SystemId(3)))).isFalse();
        assertThat(some.matches(EventType.INCIDENT_OPENED, List.of())).as("an event about no system in particular").isTrue();
    }

    @Test
    void filter_needsAnEvent_andBoundsItsSystems() {
        assertThatThrownBy(() -> new EventFilter(Set.of(), Set.of())).hasMessage("events must name at least one event");
        long[] many = new long[201];
        for (int i = 0; i < many.length; i++) {
            many[i] = i + 1;
        }
        assertThatThrownBy(() -> WebhookFixtures.filter(Set.of(EventType.STATUS_CHANGE), many))
                .hasMessage("system_ids must have at most 200 items");
    }

    @Test
    void filter_keepsSystemsInIdOrder() {
        EventFilter f = WebhookFixtures.filter(Set.of(EventType.SLA_BREACH, EventType.STATUS_CHANGE), 30, 4, 12);

        assertThat(f.systems()).extracting(SystemId::value).containsExactly(4L, 12L, 30L);
        assertThat(f.events()).containsExactly(EventType.STATUS_CHANGE, EventType.SLA_BREACH);
    }
}
