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

/**
 * Records a batch of results from the scheduler, {@value #CHUNK} results per transaction. A chunk without status
 * changes is a few bulk writes; one where hundreds of dependencies change status at once (a network outage) does a
 * status write, a log entry and a roll-up for each, and holding the single writer for a whole batch of those would
 * keep API writes waiting for seconds. Between chunks they take their turn.
 */
public final class RecordCheckResultsService implements RecordCheckResults {
    /** How many results one transaction records at most. */
    static final int CHUNK = 250;

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
        int changed = 0;
        for (int from = 0; from < results.size(); from += CHUNK) {
            List<CheckResult> chunk = results.subList(from, Math.min(results.size(), from + CHUNK));
            changed += transactions.inTransaction(() -> recorder.record(chunk, clock.instant()));
        }
        return changed;
    }
}
