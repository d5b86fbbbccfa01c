package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Dispatch;
import dev.vigil.application.port.out.WebhookSender;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Remembers every message it is asked to send and answers with scripted outcomes (delivered, 200, by default). */
public final class RecordingWebhookSender implements WebhookSender {
    /** One message as it was handed over. */
    public record Sent(Webhook webhook, Dispatch dispatch) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Deque<SendOutcome> script = new ArrayDeque<>();

    @Override
    public synchronized SendOutcome send(Webhook webhook, Dispatch dispatch) {
        sent.add(new Sent(webhook, dispatch));
        return script.isEmpty() ? SendOutcome.delivered(200, Duration.ofMillis(5)) : script.removeFirst();
    }

    /** The next sends answer with these outcomes, in order. */
    public synchronized void willAnswer(SendOutcome... outcomes) {
        script.addAll(List.of(outcomes));
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
