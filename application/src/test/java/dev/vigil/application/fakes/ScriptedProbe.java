package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Probe;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A probe that answers what the test told it to: up by default, or down with a reason. */
public final class ScriptedProbe implements Probe {
    private final Clock clock;
    private volatile String failure;
    private final List<CheckSpec> runs = new ArrayList<>();

    public ScriptedProbe(Clock clock) {
        this.clock = clock;
    }

    /** From now on every run fails with {@code reason}; {@code null} makes runs succeed again. */
    public void failWith(String reason) {
        this.failure = reason;
    }

    @Override
    public synchronized CompletableFuture<CheckResult> run(DependencyId dependency, CheckSpec spec) {
        runs.add(spec);
        String reason = failure;
        return CompletableFuture.completedFuture(reason == null
                ? CheckResult.up(dependency, clock.instant(), Duration.ofMillis(12), Optional.of(200))
                : CheckResult.down(dependency, clock.instant(), Duration.ofMillis(3), Optional.empty(), reason));
    }

    public synchronized List<CheckSpec> runs() {
        return List.copyOf(runs);
    }
}
