package dev.vigil.adapters.persistence;

import dev.vigil.domain.check.CheckResult;

/** A row of the {@code check_results} table; verdict 0 up, 1 degraded, 2 down. */
public record CheckResultRow(long dependencyId, long at, int verdict, long latencyMs, Integer statusCode, String reason) {

    static CheckResultRow of(CheckResult r) {
        return new CheckResultRow(r.dependency().value(), r.at().toEpochMilli(), r.verdict().ordinal(), r.latencyMillis(),
                r.statusCode().orElse(null), r.reason().isEmpty() ? null : r.reason());
    }
}
