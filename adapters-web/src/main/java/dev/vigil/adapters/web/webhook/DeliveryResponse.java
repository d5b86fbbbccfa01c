package dev.vigil.adapters.web.webhook;

import dev.vigil.application.port.in.webhook.DeliveryDetails;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Delivery;
import dev.vigil.domain.webhook.DeliveryAttempt;
import dev.vigil.domain.webhook.EventRecord;
import java.time.Instant;
import java.util.List;

/** A delivery to a webhook: its state, the events it tells of and every attempt (status code, error, time). */
public record DeliveryResponse(long id, long webhookId, String event, String state, List<EventSummary> events,
                               List<AttemptResponse> attempts, Instant createdAt, Instant nextAttemptAt,
                               Instant finishedAt) {

    /** An event the delivery tells of. */
    public record EventSummary(long id, String event, Instant occurredAt, String summary, List<Long> systemIds) {
        static EventSummary of(EventRecord e) {
            return new EventSummary(e.id().value(), e.type().wireName(), e.occurredAt(), e.summary(),
                    e.systemIds().stream().map(SystemId::value).toList());
        }
    }

    /** One attempt: when, how long, how it ended, the HTTP status when there was an answer, and the error. */
    public record AttemptResponse(int number, Instant at, long durationMs, String outcome, Integer statusCode,
                                  String error) {
        static AttemptResponse of(DeliveryAttempt a) {
            return new AttemptResponse(a.number(), a.at(), a.duration().toMillis(), a.outcome().wireName(),
                    a.statusCode().orElse(null), a.error());
        }
    }

    public static DeliveryResponse of(DeliveryDetails details) {
        Delivery d = details.delivery();
        return new DeliveryResponse(d.id().value(), d.webhook().value(), d.type().wireName(), d.state().wireName(),
                details.events().stream().map(EventSummary::of).toList(),
                d.attempts().stream().map(AttemptResponse::of).toList(), d.createdAt(),
                d.nextAttemptAt().orElse(null), d.finishedAt().orElse(null));
    }
}
