package dev.vigil.application.service;

import dev.vigil.application.port.in.check.RecordPushPing;
import dev.vigil.application.port.in.check.RecordPushPingCommand;
import dev.vigil.application.port.in.check.UnknownPushToken;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records a ping on a push token as a result of its check: up, or down with the job's message. */
public final class RecordPushPingService implements RecordPushPing {
    private final Checks checks;
    private final ResultRecorder recorder;
    private final Transactions transactions;
    private final Clock clock;

    public RecordPushPingService(Systems systems, Dependencies dependencies, Checks checks, CheckHistory history,
                                 StatusLog log, EventPublisher events, MaintenanceWindows windows, Transactions transactions, Clock clock) {
        this.checks = checks;
        this.recorder = new ResultRecorder(dependencies, checks, history, new CheckStatusChanges(systems, dependencies,
                new StatusRecorder(log, events, systems, dependencies, windows)));
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void ping(RecordPushPingCommand command) {
        transactions.run(() -> {
            Check check = checks.byTokenHash(command.token().hash()).orElseThrow(UnknownPushToken::new);
            Instant now = clock.instant();
            String message = command.message().isBlank() ? "the job reported a failure" : command.message();
            CheckResult result = command.down()
                    ? CheckResult.down(check.dependency(), now, Duration.ZERO, Optional.empty(), message)
                    : CheckResult.up(check.dependency(), now, Duration.ZERO, Optional.empty());
            recorder.record(List.of(result), now);
        });
    }
}
