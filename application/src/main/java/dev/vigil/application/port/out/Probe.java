package dev.vigil.application.port.out;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.system.DependencyId;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a check once against its target. Expected failures (refused, timeout, wrong status…) complete normally with
 * a down result; the future completes within the check's timeout plus a small margin.
 */
public interface Probe {
    CompletableFuture<CheckResult> run(DependencyId dependency, CheckSpec spec);
}
