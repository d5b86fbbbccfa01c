package dev.vigil.domain.check;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of a check (or one push ping) found about a dependency: up, degraded or down with a reason a person
 * understands, how long it took and, for HTTP, the status code.
 */
public record CheckResult(DependencyId dependency, Instant at, Verdict verdict, Duration latency,
                          Optional<Integer> statusCode, String reason) {
    public static final int REASON_MAX = 500;

    public CheckResult {
        Objects.requireNonNull(dependency, "dependency");
        at = Objects.requireNonNull(at, "at").truncatedTo(MILLIS);
        Objects.requireNonNull(verdict, "verdict");
        latency = Objects.requireNonNull(latency, "latency").isNegative() ? Duration.ZERO : latency.truncatedTo(MILLIS);
        Objects.requireNonNull(statusCode, "statusCode");
        reason = clean(reason == null ? "" : reason);
    }

    public static CheckResult up(DependencyId dependency, Instant at, Duration latency, Optional<Integer> statusCode) {
        return new CheckResult(dependency, at, Verdict.UP, latency, statusCode, "");
    }

    public static CheckResult down(DependencyId dependency, Instant at, Duration latency, Optional<Integer> statusCode,
                                   String reason) {
        return new CheckResult(dependency, at, Verdict.DOWN, latency, statusCode, reason);
    }

    public long latencyMillis() {
        return latency.toMillis();
    }

    public boolean failed() {
        return verdict == Verdict.DOWN;
    }

    /** Remote text reaches logs and pages: no control characters, bounded length. */
    private static String clean(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), REASON_MAX));
        for (int i = 0; i < text.length() && b.length() < REASON_MAX; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString().strip();
    }
}
