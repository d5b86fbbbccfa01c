package dev.vigil.adapters.notifications;

import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.EventId;
import dev.vigil.domain.webhook.EventRecord;
import dev.vigil.domain.webhook.Fact;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.SystemRef;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookFixtures;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The messages whose exact payloads the tests and docs/notifications.md show. */
final class PayloadFixtures {
    static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    static final String SECRET = "whsec_example-secret-0123456789";
    static final SystemRef CHECKOUT = WebhookFixtures.system(1, "Checkout API");

    private PayloadFixtures() {
    }

    static Webhook webhook(WebhookType type, String url) {
        WebhookTarget target = type == WebhookType.TELEGRAM
                ? new WebhookTarget.TelegramChat(WebhookFixtures.BOT_TOKEN, "-1001234567890")
                : new WebhookTarget.Endpoint(url);
        return Webhook.register(new WebhookId(7), "Ops", type, target, SigningSecret.of(SECRET), EventFilter.DEFAULT,
                true, AT);
    }

    /** PostgreSQL, a critical dependency of Checkout API, is down; the roll-up names it as the cause. */
    static Dispatch databaseOutage() {
        EventRecord dependency = WebhookFixtures.dependencyChange(16, CHECKOUT, WebhookFixtures.dependency(3, "PostgreSQL"),
                Status.OPERATIONAL, Status.OUTAGE, "Connection refused", StatusSource.MANUAL, AT);
        EventRecord rollup = WebhookFixtures.systemChange(17, CHECKOUT, Status.OPERATIONAL, Status.OUTAGE,
                "Dependency PostgreSQL is red", StatusSource.ROLLUP,
                Optional.of(WebhookFixtures.dependency(3, "PostgreSQL")), AT);
        return new Dispatch("42", "status_change", List.of(dependency, rollup), AT.plusSeconds(1));
    }

    /** An event of a kind without a renderer of its own. */
    static Dispatch incidentOpened() {
        EventRecord incident = new EventRecord(new EventId(20), EventType.INCIDENT_OPENED, AT,
                "Incident opened: Checkout errors", List.of(CHECKOUT), Optional.empty(),
                List.of(new Fact("impact", "Impact", "major")));
        return new Dispatch("43", "incident_opened", List.of(incident), AT.plusSeconds(2));
    }
}
