package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.application.port.out.WebhookSender;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Posts a message to a webhook in its provider's format over HTTP: signed, with a timeout on connecting and on the
 * whole exchange, never following redirects, and only to addresses the outbound policy allows (every address the
 * host resolves to is checked). The answer decides the outcome: 2xx delivered; 408, 425, 429 and 5xx, timeouts and
 * network errors failed (tried again, honouring {@code Retry-After}); other 4xx, redirects and refused targets
 * rejected. Error texts never contain the URL, the bot token or the secret.
 */
public final class HttpWebhookSender implements WebhookSender {
    static final String EVENT_HEADER = "X-Vigil-Event";
    static final String DELIVERY_HEADER = "X-Vigil-Delivery";
    static final String TIMESTAMP_HEADER = "X-Vigil-Timestamp";
    private static final int EXCERPT_BYTES = 2048;
    private static final int EXCERPT_CHARS = 200;

    private final SenderSettings settings;
    private final OutboundPolicy policy;
    private final MessageComposer composer;
    private final Map<WebhookType, MessageFormat> formats = new EnumMap<>(WebhookType.class);
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client;

    public HttpWebhookSender(SenderSettings settings, OutboundPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        this.composer = new MessageComposer(settings.publicUrl());
        formats.put(WebhookType.GENERIC, new GenericFormat());
        formats.put(WebhookType.SLACK, new SlackFormat());
        formats.put(WebhookType.DISCORD, new DiscordFormat());
        formats.put(WebhookType.TEAMS, new TeamsFormat());
        formats.put(WebhookType.TELEGRAM, new TelegramFormat());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The exact bytes that would be posted for {@code dispatch} (also what is signed). */
    byte[] body(Webhook webhook, Dispatch dispatch) {
        Message message = composer.compose(dispatch, webhook);
        try {
            return json.writeValueAsBytes(formats.get(webhook.type()).render(message, dispatch, webhook));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the message as JSON", e);
        }
    }

    /** Where the message goes: the webhook's URL, or the Telegram API's sendMessage for the webhook's bot. */
    URI target(Webhook webhook) {
        if (webhook.target() instanceof WebhookTarget.TelegramChat chat) {
            return URI.create(settings.telegramApiBase() + "/bot" + chat.botToken() + "/sendMessage");
        }
        return ((WebhookTarget.Endpoint) webhook.target()).uri();
    }

    @Override
    public SendOutcome send(Webhook webhook, Dispatch dispatch) {
        long started = System.nanoTime();
        byte[] body = body(webhook, dispatch);
        URI target = target(webhook);
        Secrets secrets = new Secrets(webhook, target);
        String host = target.getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                Optional<String> refusal = policy.refusal(address);
                if (refusal.isPresent()) {
                    return SendOutcome.rejected(Optional.empty(), "target refused: " + refusal.get(), since(started));
                }
            }
        } catch (UnknownHostException e) {
            return SendOutcome.failed(Optional.empty(), "cannot resolve host " + host, Optional.empty(), since(started));
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", settings.userAgent())
                .header(EVENT_HEADER, dispatch.event())
                .header(DELIVERY_HEADER, dispatch.deliveryId())
                .header(TIMESTAMP_HEADER, Long.toString(dispatch.sentAt().getEpochSecond()))
                .header(Signature.HEADER, Signature.of(body, webhook.secret().reveal()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> new LimitedBody(EXCERPT_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(settings.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("sending was interrupted");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return SendOutcome.failed(Optional.empty(), "no answer within " + seconds(settings.timeout()),
                    Optional.empty(), since(started));
        } catch (ExecutionException e) {
            return networkFailure(e.getCause(), target, secrets, since(started));
        }
        return judge(response, webhook, dispatch, secrets, since(started));
    }

    private SendOutcome judge(HttpResponse<byte[]> response, Webhook webhook, Dispatch dispatch, Secrets secrets,
                              Duration took) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return SendOutcome.delivered(status, took);
        }
        String excerpt = secrets.scrub(excerpt(response.body()));
        String error = "HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt);
        if (status >= 300 && status < 400) {
            return SendOutcome.rejected(Optional.of(status), "HTTP " + status
                    + ": webhooks do not follow redirects; give the webhook the URL it redirects to", took);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            Optional<Duration> retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"),
                    dispatch.sentAt());
            if (retryAfter.isEmpty() && webhook.type() == WebhookType.TELEGRAM) {
                retryAfter = telegramRetryAfter(response.body());
            }
            return SendOutcome.failed(Optional.of(status), error, retryAfter, took);
        }
        return SendOutcome.rejected(Optional.of(status), error, took);
    }

    /** Telegram says how long to wait in its JSON answer: {@code {"parameters": {"retry_after": 5}}}. */
    private Optional<Duration> telegramRetryAfter(byte[] body) {
        try {
            JsonNode seconds = json.readTree(body).path("parameters").path("retry_after");
            return seconds.canConvertToLong() && seconds.asLong() >= 0
                    ? Optional.of(Duration.ofSeconds(seconds.asLong())) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private SendOutcome networkFailure(Throwable cause, URI target, Secrets secrets, Duration took) {
        String where = target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort());
        String error;
        if (cause instanceof HttpConnectTimeoutException) {
            error = "no connection to " + where + " within " + seconds(settings.timeout());
        } else if (cause instanceof HttpTimeoutException) {
            error = "no answer within " + seconds(settings.timeout());
        } else if (cause instanceof ConnectException) {
            error = "cannot connect to " + where + " (connection refused)";
        } else if (cause instanceof SSLException) {
            error = "TLS handshake with " + where + " failed: " + cause.getMessage();
        } else if (cause instanceof IOException) {
            error = "network error talking to " + where + ": " + (cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage());
        } else {
            error = "sending failed: " + cause;
        }
        return SendOutcome.failed(Optional.empty(), secrets.scrub(error), Optional.empty(), took);
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** What must never appear in an error text: the URL, the bot token, the signing secret. */
    private static final class Secrets {
        private final List<String> values;

        Secrets(Webhook webhook, URI target) {
            String token = webhook.target() instanceof WebhookTarget.TelegramChat chat ? chat.botToken() : "";
            this.values = List.of(target.toString(), target.getRawPath() == null ? "" : target.getRawPath(), token,
                    webhook.secret().reveal());
        }

        String scrub(String text) {
            String out = text;
            for (String secret : values) {
                if (secret.length() > 1) {
                    out = out.replace(secret, "***");
                }
            }
            return out;
        }
    }
}
