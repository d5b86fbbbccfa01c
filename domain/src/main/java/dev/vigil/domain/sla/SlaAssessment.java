package dev.vigil.domain.sla;

import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a system did against its SLA target (on availability) over a period.
 *
 * <ul>
 *   <li>{@code met}: availability so far is at least the target.</li>
 *   <li>{@code budget}: the downtime the target allows over the whole period, that is (100 − target) % of the
 *       counted time so far plus the time still to come in the period.</li>
 *   <li>{@code spent}: time in outage so far; {@code remaining} = budget − spent (negative once overspent).</li>
 *   <li>{@code burnRate}: the rate of outage (unavailable ÷ counted) over the rate the target allows; 1 spends the
 *       budget exactly by the end of the period. Empty when the target is 100 % and there was downtime.</li>
 * </ul>
 */
public record SlaAssessment(double target, double availability, boolean met, Duration budget, Duration spent,
                            Duration remaining, Optional<Double> burnRate, SlaSummary summary) {
    private static final double AT_RISK_SHARE = 0.75;
    private static final double GOOD_SHARE = 0.25;
    private static final double TOLERANCE = 1e-6;

    public SlaAssessment {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(burnRate, "burnRate");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Assesses {@code tally} (the period measured so far) against {@code target}.
     *
     * @param toCome the part of the period still to come (zero for a rolling or finished period)
     */
    public static SlaAssessment assess(SlaTarget target, UptimeTally tally, Duration toCome) {
        double t = target.percent();
        long counted = tally.countedMs();
        long spent = tally.outageMs();
        double availability = UptimeFigures.percent(tally.availableMs(), counted);
        double allowedShare = (100.0 - t) / 100.0;
        // Whole milliseconds, rounded down, with a hair of tolerance for floating point: then a rolling or finished
        // period is breached exactly when it is not met.
        long budget = (long) Math.floor(allowedShare * (counted + toCome.toMillis()) + TOLERANCE);
        boolean met = spent <= (long) Math.floor(allowedShare * counted + TOLERANCE);
        Optional<Double> burnRate;
        if (counted == 0 || spent == 0) {
            burnRate = Optional.of(0.0);
        } else if (allowedShare == 0) {
            burnRate = Optional.empty();
        } else {
            burnRate = Optional.of(((double) spent / counted) / allowedShare);
        }
        long remaining = budget - spent;
        SlaSummary summary;
        if (remaining < 0) {
            summary = SlaSummary.BREACHED;
        } else if (!met) {
            summary = SlaSummary.AT_RISK;
        } else if (spent == 0) {
            summary = SlaSummary.EXCELLENT;
        } else if (spent >= AT_RISK_SHARE * budget) {
            summary = SlaSummary.AT_RISK;
        } else if (spent >= GOOD_SHARE * budget) {
            summary = SlaSummary.GOOD;
        } else {
            summary = SlaSummary.EXCELLENT;
        }
        return new SlaAssessment(t, availability, met, Duration.ofMillis(budget), Duration.ofMillis(spent),
                Duration.ofMillis(remaining), burnRate, summary);
    }

    public boolean breached() {
        return summary == SlaSummary.BREACHED;
    }
}
