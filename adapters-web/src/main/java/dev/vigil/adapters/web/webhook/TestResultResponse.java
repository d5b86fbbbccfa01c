package dev.vigil.adapters.web.webhook;

import dev.vigil.domain.webhook.SendOutcome;

/** What really happened when a test message was sent: delivered or not, the HTTP status, the error, the time taken. */
public record TestResultResponse(boolean delivered, String outcome, Integer statusCode, String error, long durationMs) {

    public static TestResultResponse of(SendOutcome o) {
        return new TestResultResponse(o.delivered(), o.outcome().wireName(), o.statusCode().orElse(null), o.error(),
                o.duration().toMillis());
    }
}
