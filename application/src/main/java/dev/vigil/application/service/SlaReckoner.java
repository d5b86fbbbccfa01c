package dev.vigil.application.service;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.uptime.StatusTimeline;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Figures and SLA assessments of systems over a period. */
final class SlaReckoner {
    private final Systems systems;
    private final UptimeLedger ledger;

    SlaReckoner(Systems systems, Dependencies dependencies, StatusHistory history, StatusTallies tallies,
                MaintenanceWindows windows) {
        this.systems = systems;
        this.ledger = new UptimeLedger(systems, dependencies, history, tallies, windows);
    }

    UptimeLedger ledger() {
        return ledger;
    }

    /** A system's figures and assessment over the period measured so far. */
    record Reckoning(MonitoredSystem system, UptimeFigures figures, SlaAssessment assessment) {
    }

    Map<Subject, Reckoning> reckon(Collection<MonitoredSystem> of, PeriodWindow period) {
        Map<Subject, StatusTimeline.Tally> tallies = ledger.tally(of.stream().map(UptimeLedger.Member::of).toList(),
                period.from(), period.to());
        Map<Subject, Reckoning> result = new HashMap<>();
        for (MonitoredSystem system : of) {
            StatusTimeline.Tally t = tallies.get(Subject.of(system.id()));
            result.put(Subject.of(system.id()), new Reckoning(system,
                    UptimeFigures.of(t.tally(), t.atStart(), t.atEnd(), period.to()),
                    SlaAssessment.assess(system.details().slaTarget(), t.tally(), period.remaining())));
        }
        return result;
    }

    Systems systems() {
        return systems;
    }
}
