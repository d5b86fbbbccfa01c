package dev.vigil.domain.webhook;

import dev.vigil.domain.Text;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a webhook's messages go: an HTTP endpoint (generic, Slack, Discord, Teams), or a Telegram chat reached
 * through a bot. Both hold secrets (the URL of a chat webhook is its password; so is a bot token), so their
 * {@code toString} and {@link #masked()} forms never show them.
 */
public sealed interface WebhookTarget permits WebhookTarget.Endpoint, WebhookTarget.TelegramChat {

    /** The target as responses and logs show it: enough to recognise it, nothing that grants access. */
    String masked();

    /** The target a webhook of {@code type} needs, built from the given fields and, for fields not given, the current target. */
    static WebhookTarget of(WebhookType type, Optional<String> url, Optional<String> botToken, Optional<String> chatId,
                            Optional<WebhookTarget> current) {
        Objects.requireNonNull(type, "type");
        if (type == WebhookType.TELEGRAM) {
            if (url.isPresent()) {
                throw new IllegalArgumentException("a telegram webhook takes bot_token and chat_id, not url");
            }
            Optional<TelegramChat> was = current.filter(TelegramChat.class::isInstance).map(TelegramChat.class::cast);
            String token = botToken.or(() -> was.map(TelegramChat::botToken))
                    .orElseThrow(() -> new IllegalArgumentException("bot_token is required for a telegram webhook"));
            String chat = chatId.or(() -> was.map(TelegramChat::chatId))
                    .orElseThrow(() -> new IllegalArgumentException("chat_id is required for a telegram webhook"));
            return new TelegramChat(token, chat);
        }
        if (botToken.isPresent() || chatId.isPresent()) {
            throw new IllegalArgumentException("bot_token and chat_id are only for telegram webhooks");
        }
        Optional<Endpoint> was = current.filter(Endpoint.class::isInstance).map(Endpoint.class::cast);
        return new Endpoint(url.or(() -> was.map(Endpoint::url))
                .orElseThrow(() -> new IllegalArgumentException("url is required for a " + type.wireName() + " webhook")));
    }

    /** An absolute http(s) URL that receives a POST per message. */
    record Endpoint(String url) implements WebhookTarget {
        public static final int URL_MAX = 2048;
        private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

        public Endpoint {
            url = Text.required(url, "url", URL_MAX);
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("url must be an absolute http or https URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("url must be an absolute http or https URL");
            }
        }

        public URI uri() {
            return URI.create(url);
        }

        /** The host's address when the URL names one literally ({@code http://10.0.0.5/}); empty for a host name. */
        public Optional<InetAddress> literalAddress() {
            String host = uri().getHost();
            boolean literal = IPV4.matcher(host).matches() || host.startsWith("[");
            if (!literal) {
                return Optional.empty();
            }
            try {
                return Optional.of(InetAddress.getByName(host));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("url has an invalid IP address");
            }
        }

        /** Scheme, host and port only: {@code https://hooks.slack.com/***}. */
        @Override
        public String masked() {
            URI uri = uri();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port + "/***";
        }

        @Override
        public String toString() {
            return "Endpoint[" + masked() + "]";
        }
    }

    /**
     * A Telegram chat and the bot that posts to it. The token is the one BotFather hands out
     * ({@code 123456789:AA…}); the chat is a numeric id (negative for groups and channels) or a public
     * {@code @channelname}.
     */
    record TelegramChat(String botToken, String chatId) implements WebhookTarget {
        private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{20,100}");
        private static final Pattern CHAT = Pattern.compile("-?\\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31}");

        public TelegramChat {
            botToken = botToken == null ? "" : botToken.strip();
            if (botToken.isEmpty()) {
                throw new IllegalArgumentException("bot_token is required for a telegram webhook");
            }
            if (!TOKEN.matcher(botToken).matches()) {
                throw new IllegalArgumentException("bot_token must look like 123456789:AAE… (the token BotFather gives)");
            }
            chatId = chatId == null ? "" : chatId.strip();
            if (chatId.isEmpty()) {
                throw new IllegalArgumentException("chat_id is required for a telegram webhook");
            }
            if (!CHAT.matcher(chatId).matches()) {
                throw new IllegalArgumentException("chat_id must be a numeric chat id such as -1001234567890 or a @channelname");
            }
        }

        /** The bot's numeric id (public) with the secret part hidden: {@code 123456789:***}. */
        public String maskedToken() {
            return botToken.substring(0, botToken.indexOf(':')) + ":***";
        }

        @Override
        public String masked() {
            return "telegram chat " + chatId + " via bot " + maskedToken();
        }

        @Override
        public String toString() {
            return "TelegramChat[" + masked() + "]";
        }
    }
}
