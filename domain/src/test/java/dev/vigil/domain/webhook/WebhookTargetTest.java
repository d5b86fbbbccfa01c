package dev.vigil.domain.webhook;

import static dev.vigil.domain.webhook.WebhookFixtures.BOT_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetTest {

    @Test
    void endpoint_masksEverythingButSchemeHostAndPort() {
        var slack = new WebhookTarget.Endpoint("https://hooks.slack.com/services/T000/B000/XXXXSECRET");
        var local = new WebhookTarget.Endpoint("http://user:pw@127.0.0.1:9000/hook?token=abc");

        assertThat(slack.masked()).isEqualTo("https://hooks.slack.com/***");
        assertThat(local.masked()).isEqualTo("http://127.0.0.1:9000/***");
        assertThat(slack.toString()).doesNotContain("SECRET");
        assertThat(local.toString()).doesNotContain("pw").doesNotContain("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "hooks.slack.com/services/x", "/relative/path", "https:///nohost",
            "http://exa mple.com/"})
    void endpoint_mustBeAnAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> new WebhookTarget.Endpoint(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url must be an absolute http or https URL");
    }

    @Test
    void endpoint_isRequired_andBounded() {
        assertThatThrownBy(() -> new WebhookTarget.Endpoint("  ")).hasMessage("url is required");
        assertThatThrownBy(() -> new WebhookTarget.Endpoint("https://example.com/" + "a".repeat(2048)))
                .hasMessage("url must be at most 2048 characters");
    }

    @Test
    void literalAddress_onlyForIpLiterals() {
        assertThat(new WebhookTarget.Endpoint("http://169.254.169.254/latest").literalAddress())
                .hasValueSatisfying(a -> assertThat(a.getHostAddress()).isEqualTo("169.254.169.254"));
        assertThat(new WebhookTarget.Endpoint("http://[fe80::1]:8080/").literalAddress()).isPresent();
        assertThat(new WebhookTarget.Endpoint("https://hooks.slack.com/x").literalAddress()).isEmpty();
    }

    @Test
    void telegram_takesABotFatherToken_andAChatIdOrChannel() {
        var chat = new WebhookTarget.TelegramChat(" " + BOT_TOKEN + " ", "-1001234567890");
        var channel = new WebhookTarget.TelegramChat(BOT_TOKEN, "@vigil_alerts");

        assertThat(chat.botToken()).isEqualTo(BOT_TOKEN);
        assertThat(chat.maskedToken()).isEqualTo("123456789:***");
        assertThat(chat.toString()).doesNotContain(BOT_TOKEN.substring(10));
        assertThat(channel.chatId()).isEqualTo("@vigil_alerts");
    }

    @Test
    void telegram_rejectsMalformedValues_namingTheField() {
        assertThatThrownBy(() -> new WebhookTarget.TelegramChat("not-a-token", "1"))
                .hasMessageStartingWith("bot_token must look like");
        assertThatThrownBy(() -> new WebhookTarget.TelegramChat(BOT_TOKEN, "general chat"))
                .hasMessageStartingWith("chat_id must be");
        assertThatThrownBy(() -> new WebhookTarget.TelegramChat(BOT_TOKEN, ""))
                .hasMessage("chat_id is required for a telegram webhook");
    }

    @Test
    void of_buildsTheTargetATypeNeeds_keepingWhatIsNotGiven() {
        WebhookTarget current = new WebhookTarget.TelegramChat(BOT_TOKEN, "42");

        WebhookTarget changedChat = WebhookTarget.of(WebhookType.TELEGRAM, Optional.empty(), Optional.empty(),
                Optional.of("43"), Optional.of(current));
        WebhookTarget slack = WebhookTarget.of(WebhookType.SLACK, Optional.of("https://hooks.slack.com/x"),
                Optional.empty(), Optional.empty(), Optional.of(current));

        assertThat(changedChat).isEqualTo(new WebhookTarget.TelegramChat(BOT_TOKEN, "43"));
        assertThat(slack).isEqualTo(new WebhookTarget.Endpoint("https://hooks.slack.com/x"));
    }

    @Test
    void of_refusesFieldsOfTheOtherKind() {
        assertThatThrownBy(() -> WebhookTarget.of(WebhookType.TELEGRAM, Optional.of("https://x.example"),
                Optional.of(BOT_TOKEN), Optional.of("1"), Optional.empty()))
                .hasMessage("a telegram webhook takes bot_token and chat_id, not url");
        assertThatThrownBy(() -> WebhookTarget.of(WebhookType.DISCORD, Optional.of("https://x.example"),
                Optional.empty(), Optional.of("1"), Optional.empty()))
                .hasMessage("bot_token and chat_id are only for telegram webhooks");
        assertThatThrownBy(() -> WebhookTarget.of(WebhookType.TEAMS, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new WebhookTarget.TelegramChat(BOT_TOKEN, "1"))))
                .hasMessage("url is required for a teams webhook");
        assertThatThrownBy(() -> WebhookTarget.of(WebhookType.TELEGRAM, Optional.empty(), Optional.empty(),
                Optional.of("1"), Optional.empty()))
                .hasMessage("bot_token is required for a telegram webhook");
    }

    @Test
    void type_parsesWireNames_andNamesTheChoicesOtherwise() {
        assertThat(WebhookType.fromWire(" Slack ")).isEqualTo(WebhookType.SLACK);
        assertThatThrownBy(() -> WebhookType.fromWire("email"))
                .hasMessage("type must be one of generic, slack, discord, telegram, teams, not 'email'");
    }
}
