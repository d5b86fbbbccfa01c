package dev.vigil.application.service;

import dev.vigil.application.port.in.check.RecordCheckResults;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.check.CheckResult;
import java.time.Clock;
import java.util.List;

/** Records a batch of results from the scheduler in one transaction. */
public final class RecordCheckResultsService implements RecordCheckResults {
    private final ResultRecorder recorder;
    private final Transactions transactions;
    private final Clock clock;

    public RecordCheckResultsService(Systems systems, Dependencies dependencies, Checks checks, CheckHistory history,
                                     StatusLog log, EventPublisher events, MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.recorder = new ResultRecorder(dependencies, checks, history, new CheckStatusChanges(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows)));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int record(List<CheckResult> results) {
        if (results.isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> recorder.record(results, clock.instant()));
    }
}
