package dev.vigil.application.port.in.check;

/** Runs a dependency's HTTP or TCP check at once, records the result like any other and returns it. */
public interface RunCheckNow {
    CheckRun run(dev.vigil.domain.system.DependencyId dependency);
}
