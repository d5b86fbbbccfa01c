package dev.vigil.domain.check;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How Vigil learns one dependency's health (a dependency has at most one check): what the check does, the
 * thresholds that turn results into a status, and where it stands.
 */
public final class Check {
    /** The reason a push check gives when no ping arrived in time. */
    public static final String MISSING = "missing";

    private final DependencyId dependency;
    private final CheckSpec spec;
    private final CheckThresholds thresholds;
    private final CheckState state;
    private final Instant configuredAt;

    private Check(DependencyId dependency, CheckSpec spec, CheckThresholds thresholds, CheckState state,
                  Instant configuredAt) {
        this.dependency = Objects.requireNonNull(dependency, "dependency");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.state = Objects.requireNonNull(state, "state");
        this.configuredAt = Objects.requireNonNull(configuredAt, "configuredAt").truncatedTo(MILLIS);
        if (state.lastPingAt().isPresent() && spec.kind() != CheckKind.PUSH) {
            throw new IllegalArgumentException("only push checks receive pings");
        }
    }

    /** A new check on a dependency; it has no results yet. */
    public static Check configure(DependencyId dependency, CheckSpec spec, CheckThresholds thresholds, Instant now) {
        return new Check(dependency, spec, thresholds, CheckState.INITIAL, now);
    }

    /** Rebuilds a check from stored state; every invariant is checked again. */
    public static Check restore(DependencyId dependency, CheckSpec spec, CheckThresholds thresholds, CheckState state,
                                Instant configuredAt) {
        return new Check(dependency, spec, thresholds, state, configuredAt);
    }

    /** What a result (or a missed ping) did: the check afterwards, and the status the dependency should have. */
    public record Outcome(Check check, CheckResult result, Status status, String message) {
        public Outcome {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A new configuration: the counts start again, as for a new check. */
    public Check reconfigure(CheckSpec newSpec, CheckThresholds newThresholds, Instant now) {
        return new Check(dependency, newSpec, newThresholds, CheckState.INITIAL, now);
    }

    /** The same push check answering to a new token (the old one stops working). */
    public Check withSpec(CheckSpec newSpec) {
        if (newSpec.kind() != spec.kind()) {
            throw new IllegalArgumentException("a check keeps its type when only its token changes");
        }
        return new Check(dependency, newSpec, thresholds, state, configuredAt);
    }

    /**
     * Applies one result, given the dependency's current status. For a push check the result is a ping (up, or down
     * when the job reported a failure) and ends a missing spell.
     */
    public Outcome apply(CheckResult result, Status current) {
        if (!result.dependency().equals(dependency)) {
            throw new IllegalArgumentException("result of dependency " + result.dependency() + " applied to the check of " + dependency);
        }
        CheckState next = state.after(result, spec.kind() == CheckKind.PUSH);
        Status status = thresholds.next(current, result.verdict(), next.consecutiveFailures(), next.consecutiveSuccesses());
        return new Outcome(new Check(dependency, spec, thresholds, next, configuredAt), result, status,
                message(result, next));
    }

    /** When a push check goes missing without a ping: the last ping (or the set-up time) plus period or schedule, plus grace. */
    public Optional<Instant> pingDeadline() {
        if (spec instanceof PushCheck push) {
            return Optional.of(push.deadlineAfter(state.lastPingAt().orElse(configuredAt)));
        }
        return Optional.empty();
    }

    /** For a push check past its deadline and not already missing: the dependency goes to outage with reason {@code missing}. */
    public Optional<Outcome> missingAt(Instant now, Status current) {
        Optional<Instant> deadline = pingDeadline();
        if (deadline.isEmpty() || state.missing() || !now.isAfter(deadline.get())) {
            return Optional.empty();
        }
        CheckResult result = new CheckResult(dependency, now, Verdict.DOWN, Duration.ZERO, Optional.empty(), MISSING);
        Status status = current == Status.MAINTENANCE ? current : Status.OUTAGE;
        String since = state.lastPingAt().map(t -> "no ping since " + t).orElse("no ping since the check was set up at " + configuredAt);
        return Optional.of(new Outcome(new Check(dependency, spec, thresholds, state.missingAfter(result), configuredAt),
                result, status, MISSING + ": " + since + ", due by " + deadline.get()));
    }

    private String message(CheckResult result, CheckState next) {
        String detail = result.statusCode().map(c -> "status " + c + ", ").orElse("") + result.latencyMillis() + " ms";
        switch (result.verdict()) {
            case DOWN:
                return "Check failed " + (next.consecutiveFailures() == 1 ? "once" : next.consecutiveFailures() + " times in a row")
                        + ": " + result.reason();
            case DEGRADED:
                return "Check degraded: " + result.reason();
            default:
                return "Check succeeded " + (next.consecutiveSuccesses() == 1 ? "" : next.consecutiveSuccesses() + " times in a row ")
                        + "(" + detail + ")";
        }
    }

    public DependencyId dependency() {
        return dependency;
    }

    public CheckSpec spec() {
        return spec;
    }

    public CheckKind kind() {
        return spec.kind();
    }

    public CheckThresholds thresholds() {
        return thresholds;
    }

    public CheckState state() {
        return state;
    }

    /** When this configuration was set. */
    public Instant configuredAt() {
        return configuredAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Check other && dependency.equals(other.dependency);
    }

    @Override
    public int hashCode() {
        return dependency.hashCode();
    }

    @Override
    public String toString() {
        return "Check[" + dependency + " " + spec + "]";
    }
}
