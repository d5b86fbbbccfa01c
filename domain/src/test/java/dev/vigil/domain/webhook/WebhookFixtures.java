package dev.vigil.domain.webhook;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhooks, event records and deliveries with sensible defaults for tests. */
public final class WebhookFixtures {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    public static final String SECRET = "whsec_test-secret-0123456789";
    public static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private WebhookFixtures() {
    }

    public static Webhook aWebhook(long id, String url) {
        return Webhook.register(new WebhookId(id), "Hook " + id, WebhookType.GENERIC, new WebhookTarget.Endpoint(url),
                SigningSecret.of(SECRET), EventFilter.DEFAULT, true, T0);
    }

    public static Webhook aWebhook(long id, WebhookType type, WebhookTarget target, EventFilter filter) {
        return Webhook.register(new WebhookId(id), "Hook " + id, type, target, SigningSecret.of(SECRET), filter, true, T0);
    }

    public static EventFilter filter(Set<EventType> events, long... systems) {
        java.util.Set<SystemId> ids = new java.util.HashSet<>();
        for (long s : systems) {
            ids.add(new SystemId(s));
        }
        return new EventFilter(events, ids);
    }

    public static SystemRef system(long id, String name) {
        return new SystemRef(new SystemId(id), name, Optional.of(name.toLowerCase().replace(' ', '-')));
    }

    /** A roll-up of a system from {@code from} to {@code to} caused by a dependency. */
    public static EventRecord systemChange(long eventId, SystemRef system, Status from, Status to, String message,
                                           StatusSource source, Optional<DependencyRef> cause, Instant at) {
        StatusChangeFacts facts = new StatusChangeFacts(eventId, Optional.empty(), from, to, source, message, cause);
        String summary = system.name() + ": " + from.wireName() + " -> " + to.wireName() + " (" + source.wireName() + ")";
        return new EventRecord(new EventId(eventId), EventType.STATUS_CHANGE, at, summary, List.of(system),
                Optional.of(facts), List.of());
    }

    public static EventRecord dependencyChange(long eventId, SystemRef system, DependencyRef dependency, Status from,
                                               Status to, String message, StatusSource source, Instant at) {
        StatusChangeFacts facts = new StatusChangeFacts(eventId, Optional.of(dependency), from, to, source, message,
                Optional.empty());
        return new EventRecord(new EventId(eventId), EventType.STATUS_CHANGE, at,
                system.name() + " / " + dependency.name() + ": " + from.wireName() + " -> " + to.wireName(),
                List.of(system), Optional.of(facts), List.of());
    }

    public static EventRecord otherEvent(long eventId, EventType type, String summary, Instant at, SystemRef... systems) {
        return new EventRecord(new EventId(eventId), type, at, summary, List.of(systems), Optional.empty(), List.of());
    }

    public static DependencyRef dependency(long id, String name) {
        return new DependencyRef(new DependencyId(id), name);
    }
}
