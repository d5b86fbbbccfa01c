package dev.vigil.adapters.notifications;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How webhooks are sent: the timeout of one attempt (connecting and waiting for the answer), the base of the
 * Telegram Bot API (configurable so that tests and proxies can stand in for api.telegram.org), the public URL of
 * the status page for links, and the User-Agent.
 */
public record SenderSettings(Duration timeout, URI telegramApiBase, Optional<String> publicUrl, String userAgent) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final URI DEFAULT_TELEGRAM_API = URI.create("https://api.telegram.org");

    public SenderSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException("the webhook timeout must be between 1 ms and 2 minutes");
        }
        telegramApiBase = httpBase(telegramApiBase, "the Telegram API base");
        publicUrl = Objects.requireNonNull(publicUrl, "publicUrl")
                .map(u -> httpBase(URI.create(u), "the public URL").toString());
        Objects.requireNonNull(userAgent, "userAgent");
    }

    private static URI httpBase(URI uri, String what) {
        Objects.requireNonNull(uri, what);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http or https URL");
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
