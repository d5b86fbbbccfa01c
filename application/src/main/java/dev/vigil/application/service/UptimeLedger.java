package dev.vigil.application.service;

import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusHistory;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Interval;
import dev.vigil.domain.uptime.StatusTimeline;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.Transition;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tallies subjects' time over any window from the day tallies where whole tallied days fit, and from the status log
 * around them: the head and tail of a window are walked from the end state of the day before. Tallies the closed
 * days, too. Read-only but for {@link #tallyDay}, which runs inside the caller's transaction.
 */
final class UptimeLedger {
    /** How long after a UTC day ends before it is tallied: leaves room for clock skew. */
    static final Duration GRACE = Duration.ofMinutes(10);

    private final Systems systems;
    private final Dependencies dependencies;
    private final StatusHistory history;
    private final StatusTallies tallies;
    private final MaintenanceWindows windows;

    UptimeLedger(Systems systems, Dependencies dependencies, StatusHistory history, StatusTallies tallies,
                 MaintenanceWindows windows) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.history = history;
        this.tallies = tallies;
        this.windows = windows;
    }

    /** A subject reported on: its system, name, when it came to be, and its status now. */
    record Member(Subject subject, SystemId system, String name, Instant createdAt, Status current) {
        static Member of(MonitoredSystem s) {
            return new Member(Subject.of(s.id()), s.id(), s.name(), s.createdAt(), s.status());
        }

        static Member of(Dependency d) {
            return new Member(Subject.of(d.id()), d.systemId(), d.name(), d.createdAt(), d.status());
        }
    }

    /** Every current system and dependency. */
    List<Member> members() {
        List<Member> members = new ArrayList<>();
        systems.all().forEach(s -> members.add(Member.of(s)));
        dependencies.all().forEach(d -> members.add(Member.of(d)));
        return members;
    }

    /** Each member's tally of [from, to), with its state at both ends. */
    Map<Subject, StatusTimeline.Tally> tally(Collection<Member> members, Instant from, Instant to) {
        Optional<LocalDate> first = tallies.firstDay();
        Optional<LocalDate> last = tallies.lastDay();
        LocalDate fullFrom = ceilingDay(from);
        LocalDate fullTo = day(to).minusDays(1);
        if (first.isPresent() && first.get().isAfter(fullFrom)) {
            fullFrom = first.get();
        }
        if (last.isEmpty() || last.get().isBefore(fullTo)) {
            fullTo = last.orElse(fullFrom.minusDays(1));
        }
        if (first.isEmpty() || fullTo.isBefore(fullFrom)) {
            return walk(members, from, to, first, last);
        }
        Map<Subject, StatusTimeline.Tally> head = walk(members, from, start(fullFrom), first, last);
        Map<Subject, UptimeTally> middle = tallies.sum(fullFrom, fullTo);
        Map<Subject, StatusTimeline.Tally> tail = walk(members, start(fullTo.plusDays(1)), to, first, last);
        Map<Subject, StatusTimeline.Tally> result = new HashMap<>();
        for (Member m : members) {
            StatusTimeline.Tally h = head.get(m.subject());
            StatusTimeline.Tally t = tail.get(m.subject());
            UptimeTally sum = h.tally().plus(middle.getOrDefault(m.subject(), UptimeTally.ZERO)).plus(t.tally());
            result.put(m.subject(), new StatusTimeline.Tally(sum, h.atStart(), t.atEnd()));
        }
        return result;
    }

    /** Tallies one closed day for every member that existed before its end, and stores the tallies. */
    int tallyDay(Collection<Member> members, LocalDate day) {
        Instant end = start(day.plusDays(1));
        List<Member> existing = members.stream().filter(m -> m.createdAt().isBefore(end)).toList();
        Map<Subject, StatusTimeline.Tally> walked = walk(existing, start(day), end, tallies.firstDay(),
                tallies.lastDay());
        List<DayTally> result = new ArrayList<>();
        for (Member m : existing) {
            StatusTimeline.Tally t = walked.get(m.subject());
            result.add(new DayTally(m.subject(), day, t.tally(), t.atEnd()));
        }
        tallies.saveDay(day, result);
        return result.size();
    }

    /** The next day to tally and the last day closed long enough to be tallied, given {@code now}. */
    Optional<LocalDate> nextDayToTally(Collection<Member> members, Instant now) {
        LocalDate lastClosed = day(now.minus(GRACE)).minusDays(1);
        Optional<LocalDate> next = tallies.lastDay().map(d -> d.plusDays(1))
                .or(() -> members.stream().map(Member::createdAt).min(Instant::compareTo).map(UptimeLedger::day));
        return next.filter(d -> !d.isAfter(lastClosed));
    }

    /**
     * Walks the log over [a, b) from the latest tallied day before {@code a}'s day (or from the earliest member's
     * birth when nothing before is tallied).
     */
    private Map<Subject, StatusTimeline.Tally> walk(Collection<Member> members, Instant a, Instant b,
                                                    Optional<LocalDate> first, Optional<LocalDate> last) {
        Optional<LocalDate> anchor = anchorFor(a, first, last);
        Instant timelineStart;
        Map<Subject, TimelineState> initial;
        if (anchor.isPresent()) {
            timelineStart = start(anchor.get().plusDays(1));
            initial = tallies.endStates(anchor.get());
        } else {
            timelineStart = members.stream().map(Member::createdAt).min(Instant::compareTo)
                    .filter(t -> t.isBefore(a)).map(t -> start(day(t))).orElse(a);
            initial = Map.of();
        }
        Map<Subject, List<StatusLogEntry>> entries = new HashMap<>();
        if (timelineStart.isBefore(b)) {
            for (StatusLogEntry e : history.between(timelineStart, b)) {
                entries.computeIfAbsent(Subject.of(e.change()), s -> new ArrayList<>()).add(e);
            }
        }
        List<MaintenanceWindow> overlapping = timelineStart.isBefore(b) ? windows.overlapping(timelineStart, b)
                : List.of();
        Interval window = new Interval(a, b);
        Map<Subject, StatusTimeline.Tally> result = new HashMap<>();
        for (Member m : members) {
            List<StatusLogEntry> own = entries.getOrDefault(m.subject(), List.of());
            List<Transition> transitions = new ArrayList<>();
            TimelineState start = initial.get(m.subject());
            if (start == null) {
                if (!m.createdAt().isBefore(timelineStart)) {
                    start = TimelineState.unknownSince(timelineStart);
                    transitions.add(new Transition(m.createdAt(), statusBefore(m, own, b)));
                } else {
                    start = new TimelineState(statusBefore(m, own, b), timelineStart, Optional.empty());
                }
            }
            for (StatusLogEntry e : own) {
                transitions.add(new Transition(e.change().at(), e.change().to()));
            }
            transitions.sort(Comparator.comparing(Transition::at));
            List<Interval> maintenance = new ArrayList<>();
            for (MaintenanceWindow w : overlapping) {
                if (w.covers(m.system())) {
                    w.excludedTime().ifPresent(maintenance::add);
                }
            }
            result.put(m.subject(), StatusTimeline.of(timelineStart, start, transitions, maintenance).tally(window));
        }
        return result;
    }

    /** The latest tallied day before {@code a}'s day, if the tallies reach back that far. */
    private static Optional<LocalDate> anchorFor(Instant a, Optional<LocalDate> first, Optional<LocalDate> last) {
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        LocalDate wanted = day(a).minusDays(1);
        LocalDate anchor = last.get().isBefore(wanted) ? last.get() : wanted;
        return anchor.isBefore(first.get()) ? Optional.empty() : Optional.of(anchor);
    }

    /** What a member's status was before its first change in {@code own} (or after {@code b}), else its status now. */
    private Status statusBefore(Member m, List<StatusLogEntry> own, Instant b) {
        if (!own.isEmpty()) {
            return own.get(0).change().from();
        }
        return history.firstAbout(m.subject(), b).map(e -> e.change().from()).orElse(m.current());
    }

    static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first day that starts at or after {@code t}. */
    private static LocalDate ceilingDay(Instant t) {
        LocalDate d = day(t);
        return start(d).equals(t) ? d : d.plusDays(1);
    }
}
