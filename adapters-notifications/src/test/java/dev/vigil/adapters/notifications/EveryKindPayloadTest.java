package dev.vigil.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.notifications.PayloadFixtures.Kind;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of event other than status changes, in every provider's format, posted to a loopback receiver: the body
 * is exactly the payload kept in {@code src/test/resources/payloads/<event>/<type>.json}, and docs/notifications.md
 * shows each of those payloads.
 */
class EveryKindPayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Receiver receiver = new Receiver();
    private final HttpWebhookSender sender = new HttpWebhookSender(new SenderSettings(Duration.ofSeconds(5),
            URI.create(receiver.url("/telegram")), Optional.of("https://status.example.com/"), "Vigil-Webhook/test"),
            OutboundPolicy.DEFAULT);

    @AfterEach
    void stop() {
        receiver.close();
    }

    static Stream<Arguments> kindsAndFormats() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(WebhookType.values()).map(t -> Arguments.of(kind, t)));
    }

    private static JsonNode expected(Kind kind, WebhookType type) throws IOException {
        String name = "/payloads/" + kind.wireName() + "/" + type.name().toLowerCase(Locale.ROOT) + ".json";
        try (InputStream in = EveryKindPayloadTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PayloadFixtures.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("kindsAndFormats")
    void everyKind_isPostedInEveryFormat_exactlyAsDocumented(Kind kind, WebhookType type) throws Exception {
        var outcome = sender.send(PayloadFixtures.webhook(type, receiver.url("/hooks/" + type)), kind.dispatch());

        assertThat(outcome.delivered()).as(outcome.error()).isTrue();
        Receiver.Request request = receiver.await(1, Duration.ofSeconds(5)).get(0);
        assertThat(request.json()).isEqualTo(expected(kind, type));
        assertThat(request.header("X-Vigil-Event")).isEqualTo(kind.wireName());
        assertThat(request.header("X-Vigil-Signature")).isEqualTo(hmac(request.body()));
        assertThat(request.path()).isEqualTo(type == WebhookType.TELEGRAM
                ? "/telegram/bot" + WebhookFixtures.BOT_TOKEN + "/sendMessage" : "/hooks/" + type);
    }

    @Test
    void theDocsShowEveryPayload() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "notifications.md"));
        List<JsonNode> shown = new ArrayList<>();
        Matcher block = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(docs);
        while (block.find()) {
            try {
                shown.add(JSON.readTree(block.group(1)));
            } catch (IOException notWholeJson) {
                // an excerpt, not a payload
            }
        }

        for (Kind kind : Kind.values()) {
            for (WebhookType type : WebhookType.values()) {
                assertThat(shown).as("docs/notifications.md shows %s to %s", kind.wireName(), type)
                        .contains(expected(kind, type));
            }
        }
    }
}
