package dev.vigil.application.service;

import dev.vigil.application.port.in.check.CheckRun;
import dev.vigil.application.port.in.check.RunCheckNow;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.Probe;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.NoCheckConfigured;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;
import java.util.List;

/**
 * Runs a dependency's HTTP or TCP check now. The probe runs outside any transaction (it may take up to the
 * timeout); its result is then recorded like a scheduled one.
 */
public final class RunCheckNowService implements RunCheckNow {
    private final Dependencies dependencies;
    private final Checks checks;
    private final Probe probe;
    private final ResultRecorder recorder;
    private final Transactions transactions;
    private final Clock clock;

    public RunCheckNowService(Systems systems, Dependencies dependencies, Checks checks, CheckHistory history,
                              StatusLog log, EventPublisher events, MaintenanceWindows windows, Transactions transactions, Probe probe, Clock clock) {
        this.dependencies = dependencies;
        this.checks = checks;
        this.probe = probe;
        this.recorder = new ResultRecorder(dependencies, checks, history, new CheckStatusChanges(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows)));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CheckRun run(DependencyId id) {
        dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
        Check check = checks.byDependency(id).orElseThrow(() -> new NoCheckConfigured(id, "check"));
        if (check.kind() == CheckKind.PUSH) {
            throw new NoCheckConfigured(id, "check Vigil can run: a push check waits for pings on /api/push/{token}");
        }
        CheckResult result = probe.run(id, check.spec()).join();
        return transactions.inTransaction(() -> {
            recorder.record(List.of(result), clock.instant());
            Dependency after = dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
            Check checkAfter = checks.byDependency(id).orElseThrow(() -> new NoCheckConfigured(id, "check"));
            return new CheckRun(result, after, checkAfter);
        });
    }
}
