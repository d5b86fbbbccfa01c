package dev.vigil.benchmarks;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Results as a fleet of dependencies produces them: one per dependency every {@code spacing}, latencies mostly
 * 5–120 ms with a tail, and a small share of failures. Deterministic for a seed.
 */
final class SyntheticResults {
    private final List<DependencyId> dependencies;
    private final Instant start;
    private final Duration spacing;
    private final double failureRate;
    private final SplittableRandom random;

    SyntheticResults(List<DependencyId> dependencies, Instant start, Duration spacing, double failureRate, long seed) {
        this.dependencies = dependencies;
        this.start = start;
        this.spacing = spacing;
        this.failureRate = failureRate;
        this.random = new SplittableRandom(seed);
    }

    /** The results of round {@code round} (every dependency once), each dependency at its own offset in the round. */
    List<CheckResult> round(int round) {
        List<CheckResult> results = new ArrayList<>(dependencies.size());
        long spacingMs = spacing.toMillis();
        for (int i = 0; i < dependencies.size(); i++) {
            Instant at = start.plusMillis(round * spacingMs + (i * spacingMs) / dependencies.size());
            DependencyId id = dependencies.get(i);
            if (random.nextDouble() < failureRate) {
                results.add(CheckResult.down(id, at, Duration.ofMillis(2), Optional.empty(), "connection to db.internal refused"));
            } else {
                long latency = random.nextDouble() < 0.02 ? 200 + random.nextInt(1800) : 5 + random.nextInt(115);
                results.add(CheckResult.up(id, at, Duration.ofMillis(latency), Optional.of(200)));
            }
        }
        return results;
    }
}
