package dev.vigil.bootstrap;

import dev.vigil.adapters.notifications.SenderSettings;
import dev.vigil.domain.webhook.Coalescing;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How notifications behave: the public URL of the status page (for links in messages), the Telegram Bot API base,
 * the window within which changes of one system are merged into one message, the timeout of one webhook attempt,
 * and how long stopping waits for sends in flight. Listed in docs/configuration.md.
 */
public record NotificationSettings(Optional<String> publicUrl, URI telegramApiBase, Duration coalescingWindow,
                                   Duration webhookTimeout, Duration shutdownGrace) {
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);
    public static final NotificationSettings DEFAULT = new NotificationSettings(Optional.empty(),
            SenderSettings.DEFAULT_TELEGRAM_API, Coalescing.DEFAULT_WINDOW, SenderSettings.DEFAULT_TIMEOUT,
            DEFAULT_SHUTDOWN_GRACE);
    static final int COALESCE_MAX_SECONDS = 3600;
    static final int TIMEOUT_MAX_SECONDS = 120;

    public NotificationSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(telegramApiBase, "telegramApiBase");
        Objects.requireNonNull(coalescingWindow, "coalescingWindow");
        Objects.requireNonNull(webhookTimeout, "webhookTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /**
     * The settings from parsed flags, then the environment, then the defaults; {@code publicUrl} is the page's address
     * as {@link AppConfig} read it, used for links in messages.
     */
    public static NotificationSettings from(Map<String, String> flags, Map<String, String> env, Optional<URI> publicUrl) {
        Optional<String> link = publicUrl.map(URI::toString).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        URI telegram = setting(flags, "--telegram-api-base", env, "VIGIL_TELEGRAM_API_BASE")
                .map(u -> URI.create(httpUrl(u, "--telegram-api-base")))
                .orElse(SenderSettings.DEFAULT_TELEGRAM_API);
        Duration window = setting(flags, "--notify-coalesce-seconds", env, "VIGIL_NOTIFY_COALESCE_SECONDS")
                .map(s -> Duration.ofSeconds(seconds(s, "--notify-coalesce-seconds", 0, COALESCE_MAX_SECONDS)))
                .orElse(Coalescing.DEFAULT_WINDOW);
        Duration timeout = setting(flags, "--webhook-timeout-seconds", env, "VIGIL_WEBHOOK_TIMEOUT_SECONDS")
                .map(s -> Duration.ofSeconds(seconds(s, "--webhook-timeout-seconds", 1, TIMEOUT_MAX_SECONDS)))
                .orElse(SenderSettings.DEFAULT_TIMEOUT);
        return new NotificationSettings(link, telegram, window, timeout, DEFAULT_SHUTDOWN_GRACE);
    }

    private static Optional<String> setting(Map<String, String> flags, String flag, Map<String, String> env,
                                            String variable) {
        String value = flags.containsKey(flag) ? flags.get(flag) : env.get(variable);
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String httpUrl(String value, String name) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be an absolute http or https URL, not '" + value + "'");
    }

    private static int seconds(String value, String name, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number of seconds from " + min + " to " + max
                + ", not '" + value + "'");
    }
}
