package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.EvaluateSlaBreaches;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreached;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records new breaches, once per system and calendar period, and tells people about each. */
public final class EvaluateSlaBreachesService implements EvaluateSlaBreaches {
    /** How long after a period ends it is still evaluated once more by the schedule. */
    static final Duration LOOK_BACK = Duration.ofDays(1);
    private static final List<SlaPeriod> CALENDAR = List.of(SlaPeriod.MONTH, SlaPeriod.QUARTER, SlaPeriod.YEAR);

    private final SlaBreaches breaches;
    private final SlaReckoner reckoner;
    private final EventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public EvaluateSlaBreachesService(Systems systems, Dependencies dependencies, StatusHistory history,
                                      StatusTallies tallies, MaintenanceWindows windows, SlaBreaches breaches,
                                      EventPublisher events, Transactions transactions, Clock clock) {
        this.breaches = breaches;
        this.reckoner = new SlaReckoner(systems, dependencies, history, tallies, windows);
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<SlaBreach> evaluate(Optional<SlaPeriod> period) {
        if (period.isPresent() && !period.get().isCalendar()) {
            throw new IllegalArgumentException("breaches are evaluated for month, quarter or year, not "
                    + period.get().wireName());
        }
        Instant now = clock.instant();
        List<MonitoredSystem> systems = reckoner.systems().all();
        List<SlaBreach> recorded = new ArrayList<>();
        for (SlaPeriod kind : period.map(List::of).orElse(CALENDAR)) {
            evaluate(kind, kind.current(now), systems, now, recorded);
            if (period.isEmpty()) {
                PeriodWindow previous = kind.previous(now);
                if (Duration.between(previous.end(), now).compareTo(LOOK_BACK) < 0) {
                    evaluate(kind, previous, systems, now, recorded);
                }
            }
        }
        return recorded;
    }

    private void evaluate(SlaPeriod kind, PeriodWindow window, List<MonitoredSystem> systems, Instant now,
                          List<SlaBreach> recorded) {
        Map<?, SlaReckoner.Reckoning> reckoned = reckoner.reckon(systems, window);
        for (SlaReckoner.Reckoning r : reckoned.values()) {
            if (!r.assessment().breached()) {
                continue;
            }
            transactions.run(() -> {
                if (breaches.find(r.system().id(), kind, window.from()).isPresent()) {
                    return;
                }
                SlaBreach breach = SlaBreach.record(breaches.nextId(), r.system().id(), r.system().name(), kind,
                        window, r.assessment(), now);
                breaches.save(breach);
                events.publish(SlaBreached.of(breach));
                recorded.add(breach);
            });
        }
    }
}
