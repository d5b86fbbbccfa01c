package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.TallyStatusDays;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Tallies the closed days not yet tallied, one transaction per day. */
public final class TallyStatusDaysService implements TallyStatusDays {
    private final UptimeLedger ledger;
    private final Transactions transactions;
    private final Clock clock;

    public TallyStatusDaysService(Systems systems, Dependencies dependencies, StatusHistory history,
                                  StatusTallies tallies, MaintenanceWindows windows, Transactions transactions,
                                  Clock clock) {
        this.ledger = new UptimeLedger(systems, dependencies, history, tallies, windows);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int tallyClosedDays() {
        int days = 0;
        while (days < MAX_DAYS_PER_RUN) {
            if (ledger.nextDayToTally(ledger.members(), clock.instant()).isEmpty()) {
                break;
            }
            Optional<LocalDate> tallied = transactions.inTransaction(() -> {
                List<UptimeLedger.Member> members = ledger.members();
                Optional<LocalDate> next = ledger.nextDayToTally(members, clock.instant());
                next.ifPresent(day -> ledger.tallyDay(members, day));
                return next;
            });
            if (tallied.isEmpty()) {
                break;
            }
            days++;
        }
        return days;
    }
}
