package dev.vigil.application.service;

import dev.vigil.application.port.in.analytics.IncidentCounts;
import dev.vigil.application.port.in.analytics.SubjectAnalytics;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.StatusTimeline;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeFigures;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes analytics of members over a window: their figures and the incidents of their systems. */
final class AnalyticsReader {
    private final UptimeLedger ledger;
    private final Incidents incidents;

    AnalyticsReader(Systems systems, Dependencies dependencies, StatusHistory history, StatusTallies tallies,
                    MaintenanceWindows windows, Incidents incidents) {
        this.ledger = new UptimeLedger(systems, dependencies, history, tallies, windows);
        this.incidents = incidents;
    }

    UptimeLedger ledger() {
        return ledger;
    }

    /** The incidents open at some time in the window. */
    List<Incident> incidentsIn(Interval window) {
        return incidents.overlapping(window.start(), window.end());
    }

    /** Each member's analytics, keyed by subject. */
    Map<Subject, SubjectAnalytics> analyse(Collection<UptimeLedger.Member> members, Interval window,
                                           List<Incident> overlapping) {
        Map<Subject, StatusTimeline.Tally> tallies = ledger.tally(members, window.start(), window.end());
        Map<SystemId, IncidentCounts> counts = new HashMap<>();
        Map<Subject, SubjectAnalytics> result = new HashMap<>();
        for (UptimeLedger.Member m : members) {
            StatusTimeline.Tally t = tallies.get(m.subject());
            UptimeFigures figures = UptimeFigures.of(t.tally(), t.atStart(), t.atEnd(), window.end());
            IncidentCounts c = counts.computeIfAbsent(m.system(), s -> IncidentCounts.of(
                    overlapping.stream().filter(i -> i.systems().contains(s)).toList(), window.start(), window.end()));
            result.put(m.subject(), new SubjectAnalytics(m.subject(), m.system(), m.name(), figures, c));
        }
        return result;
    }
}
