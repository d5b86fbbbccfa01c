package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.system.Dependency;
import java.util.Objects;

/** One run of a check: what it found, and the dependency and check afterwards. */
public record CheckRun(CheckResult result, Dependency dependency, Check check) {
    public CheckRun {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(check, "check");
    }
}
