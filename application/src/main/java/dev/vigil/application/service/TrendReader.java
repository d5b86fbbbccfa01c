package dev.vigil.application.service;

import dev.vigil.application.port.in.status.ShowStatusTrends;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import dev.vigil.application.port.in.status.StatusTrends.HourLatency;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.StatusTimeline;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the trends of some systems: closed days from the day tallies (one read for all of them), the days not yet
 * tallied (today, and yesterday in the first minutes after midnight) walked from the status log like analytics do,
 * incidents per day from one read, and the latency of their dependencies from the hourly roll-ups (one read).
 */
final class TrendReader {
    /** The latency history a page draws: the last 24 closed hours. */
    static final Duration LATENCY_WINDOW = Duration.ofHours(24);

    private final Dependencies dependencies;
    private final StatusTallies tallies;
    private final Incidents incidents;
    private final CheckHistory checkHistory;
    private final UptimeLedger ledger;
    private final Clock clock;

    TrendReader(Systems systems, Dependencies dependencies, StatusHistory history, StatusTallies tallies,
                MaintenanceWindows windows, Incidents incidents, CheckHistory checkHistory, Clock clock) {
        this.dependencies = dependencies;
        this.tallies = tallies;
        this.incidents = incidents;
        this.checkHistory = checkHistory;
        this.ledger = new UptimeLedger(systems, dependencies, history, tallies, windows);
        this.clock = clock;
    }

    StatusTrends read(Collection<MonitoredSystem> systems, Collection<Dependency> theirDependencies) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = UptimeLedger.day(now);
        LocalDate first = today.minusDays(ShowStatusTrends.DAYS - 1L);
        Map<SystemId, SortedMap<LocalDate, UptimeTally>> byDay = new HashMap<>();
        systems.forEach(s -> byDay.put(s.id(), new TreeMap<>()));

        LocalDate lastTallied = tallies.lastDay().orElse(first.minusDays(1));
        if (!lastTallied.isBefore(first) && !systems.isEmpty()) {
            tallies.daily(Subject.Kind.SYSTEM, first, lastTallied.isAfter(today) ? today : lastTallied)
                    .forEach((subject, days) -> {
                        SortedMap<LocalDate, UptimeTally> own = byDay.get(new SystemId(subject.id()));
                        if (own != null) {
                            own.putAll(days);
                        }
                    });
        }
        LocalDate walkFrom = lastTallied.plusDays(1).isBefore(first) ? first : lastTallied.plusDays(1);
        LocalDate earliest = systems.stream().map(s -> UptimeLedger.day(s.createdAt())).min(LocalDate::compareTo)
                .orElse(today);
        if (walkFrom.isBefore(earliest)) {
            walkFrom = earliest;
        }
        List<UptimeLedger.Member> members = systems.stream().map(UptimeLedger.Member::of).toList();
        for (LocalDate day = walkFrom; !day.isAfter(today) && !members.isEmpty(); day = day.plusDays(1)) {
            Instant end = day.equals(today) ? now : UptimeLedger.start(day.plusDays(1));
            Instant start = UptimeLedger.start(day);
            if (!end.isAfter(start)) {
                continue;
            }
            Map<Subject, StatusTimeline.Tally> walked = ledger.tally(members, start, end);
            for (UptimeLedger.Member m : members) {
                byDay.get(m.system()).put(day, walked.get(m.subject()).tally());
            }
        }

        Map<SystemId, Map<LocalDate, Integer>> incidentCounts = incidentsPerDay(byDay.keySet(), first, now);
        Map<SystemId, List<DayUptime>> days = new HashMap<>();
        for (MonitoredSystem s : systems) {
            List<DayUptime> list = new ArrayList<>(ShowStatusTrends.DAYS);
            SortedMap<LocalDate, UptimeTally> own = byDay.get(s.id());
            Map<LocalDate, Integer> counts = incidentCounts.getOrDefault(s.id(), Map.of());
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                list.add(new DayUptime(day, own.getOrDefault(day, UptimeTally.ZERO), counts.getOrDefault(day, 0)));
            }
            days.put(s.id(), list);
        }
        return new StatusTrends(now, first, today, days, latency(theirDependencies, now));
    }

    /** For each system, how many incidents affected it on each day (an incident counts on every day it was open). */
    private Map<SystemId, Map<LocalDate, Integer>> incidentsPerDay(Set<SystemId> wanted, LocalDate first, Instant now) {
        Map<SystemId, Map<LocalDate, Integer>> counts = new HashMap<>();
        for (Incident incident : incidents.overlapping(UptimeLedger.start(first), now)) {
            LocalDate from = UptimeLedger.day(incident.startedAt());
            LocalDate to = UptimeLedger.day(incident.resolvedAt().orElse(now));
            for (LocalDate day = from.isBefore(first) ? first : from; !day.isAfter(to); day = day.plusDays(1)) {
                for (SystemId system : incident.systems()) {
                    if (wanted.contains(system)) {
                        counts.computeIfAbsent(system, s -> new HashMap<>()).merge(day, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private Map<DependencyId, List<HourLatency>> latency(Collection<Dependency> theirDependencies, Instant now) {
        Instant to = now.truncatedTo(ChronoUnit.HOURS);
        Map<DependencyId, SortedMap<Instant, ResultStats>> hourly = checkHistory.hourly(
                theirDependencies.stream().map(Dependency::id).toList(), to.minus(LATENCY_WINDOW), to);
        return hourly.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().entrySet()
                .stream().map(h -> new HourLatency(h.getKey(), h.getValue())).toList()));
    }

    Dependencies dependencies() {
        return dependencies;
    }
}
