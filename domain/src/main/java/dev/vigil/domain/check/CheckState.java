package dev.vigil.domain.check;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a check stands: failures and good results in a row, the last result, and for push checks the last ping
 * and whether the dependency is currently missing.
 */
public record CheckState(int consecutiveFailures, int consecutiveSuccesses, Optional<CheckResult> last,
                         Optional<Instant> lastPingAt, boolean missing) {
    public static final CheckState INITIAL = new CheckState(0, 0, Optional.empty(), Optional.empty(), false);

    public CheckState {
        if (consecutiveFailures < 0 || consecutiveSuccesses < 0) {
            throw new IllegalArgumentException("consecutive counts must not be negative");
        }
        if (consecutiveFailures > 0 && consecutiveSuccesses > 0) {
            throw new IllegalArgumentException("a check cannot have failures and successes in a row at once");
        }
        Objects.requireNonNull(last, "last");
        lastPingAt = Objects.requireNonNull(lastPingAt, "lastPingAt").map(t -> t.truncatedTo(MILLIS));
    }

    /** The state after {@code result}; a degraded answer is neither a failure nor a good result. */
    CheckState after(CheckResult result, boolean ping) {
        int failures = result.verdict() == Verdict.DOWN ? saturated(consecutiveFailures) : 0;
        int successes = result.verdict() == Verdict.UP ? saturated(consecutiveSuccesses) : 0;
        Optional<Instant> ping2 = ping ? Optional.of(result.at()) : lastPingAt;
        return new CheckState(failures, successes, Optional.of(result), ping2, ping ? false : missing);
    }

    CheckState missingAfter(CheckResult result) {
        return new CheckState(saturated(consecutiveFailures), 0, Optional.of(result), lastPingAt, true);
    }

    private static int saturated(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }
}
