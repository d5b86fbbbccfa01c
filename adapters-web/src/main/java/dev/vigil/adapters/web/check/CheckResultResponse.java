package dev.vigil.adapters.web.check;

import dev.vigil.domain.check.CheckResult;
import java.time.Instant;

/** One check result: up, degraded or down, with its latency, HTTP status and the reason it failed. */
public record CheckResultResponse(Instant checkedAt, String result, long latencyMs, Integer statusCode, String error) {

    public static CheckResultResponse of(CheckResult r) {
        return new CheckResultResponse(r.at(), r.verdict().wireName(), r.latencyMillis(), r.statusCode().orElse(null),
                r.reason().isEmpty() ? null : r.reason());
    }
}
