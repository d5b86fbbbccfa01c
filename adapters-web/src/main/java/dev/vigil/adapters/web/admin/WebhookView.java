package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.webhook.DeliveryDetails;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.Webhook;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One webhook ({@code /admin/webhooks/{id}}): its settings (masked), the outcome of a test just sent, and its latest
 * deliveries with every attempt, each retryable.
 */
public record WebhookView(AdminChrome chrome, String notice, WebhooksView.Item webhook, TestResult test,
                          List<DeliveryItem> deliveries) {

    /** What really happened to a test message (empty when none was sent). */
    public record TestResult(boolean sent, boolean delivered, String text) {
    }

    /** A delivery with its attempts. */
    public record DeliveryItem(long id, String event, String state, String events, String created, String next,
                               String attempts, boolean retryable) {
    }

    static WebhookView from(Webhook webhook, List<DeliveryDetails> deliveries, List<MonitoredSystem> systems,
                            AdminChrome chrome, String notice, Optional<SendOutcome> test) {
        var item = WebhooksView.item(webhook, AdminText.namesOf(systems));
        TestResult result = test.map(o -> new TestResult(true, o.delivered(), (o.delivered() ? "Delivered" : "Not delivered")
                + o.statusCode().map(c -> ": HTTP " + c).orElse("") + (o.error().isEmpty() ? "" : ": " + o.error())
                + " (" + o.duration().toMillis() + " ms)")).orElse(new TestResult(false, false, ""));
        List<DeliveryItem> items = deliveries.stream().map(d -> {
            var delivery = d.delivery();
            return new DeliveryItem(delivery.id().value(), delivery.type().wireName().replace('_', ' '),
                    delivery.state().wireName(), d.events().stream().map(e -> e.summary())
                            .collect(Collectors.joining("; ")), StatusDetails.time(delivery.createdAt()),
                    delivery.nextAttemptAt().map(StatusDetails::time).orElse("–"),
                    delivery.attempts().stream().map(WebhookView::attempt).collect(Collectors.joining("; ")),
                    true);
        }).toList();
        return new WebhookView(chrome, notice, item, result, items);
    }

    private static String attempt(DeliveryAttempt a) {
        return "#" + a.number() + " " + StatusDetails.time(a.at()) + ": " + a.outcome().wireName()
                + a.statusCode().map(c -> " (HTTP " + c + ")").orElse("") + (a.error().isEmpty() ? "" : ", " + a.error());
    }
}
