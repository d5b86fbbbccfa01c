package dev.vigil.application.fakes;

import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Day tallies in a sorted map, refusing gaps like the database adapter. */
public final class InMemoryStatusTallies implements StatusTallies {
    private final TreeMap<LocalDate, List<DayTally>> days = new TreeMap<>();

    @Override
    public synchronized Optional<LocalDate> firstDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.firstKey());
    }

    @Override
    public synchronized Optional<LocalDate> lastDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.lastKey());
    }

    @Override
    public synchronized void saveDay(LocalDate day, Collection<DayTally> tallies) {
        if (!days.isEmpty() && !day.equals(days.lastKey().plusDays(1))) {
            throw new IllegalStateException("day " + day + " does not follow the last tallied day " + days.lastKey());
        }
        for (DayTally t : tallies) {
            if (!t.day().equals(day)) {
                throw new IllegalArgumentException("a tally of " + t.day() + " is not one of " + day);
            }
        }
        days.put(day, List.copyOf(tallies));
    }

    @Override
    public synchronized Map<Subject, TimelineState> endStates(LocalDate day) {
        Map<Subject, TimelineState> states = new HashMap<>();
        days.getOrDefault(day, List.of()).forEach(t -> states.put(t.subject(), t.atEnd()));
        return states;
    }

    @Override
    public synchronized Map<Subject, UptimeTally> sum(LocalDate first, LocalDate last) {
        Map<Subject, UptimeTally> sums = new HashMap<>();
        if (last.isBefore(first)) {
            return sums;
        }
        days.subMap(first, true, last, true).values().forEach(list -> list.forEach(t ->
                sums.merge(t.subject(), t.tally(), UptimeTally::plus)));
        return sums;
    }

    @Override
    public synchronized Map<Subject, SortedMap<LocalDate, UptimeTally>> daily(Subject.Kind kind, LocalDate first,
                                                                          LocalDate last) {
        Map<Subject, SortedMap<LocalDate, UptimeTally>> out = new HashMap<>();
        if (last.isBefore(first)) {
            return out;
        }
        days.subMap(first, true, last, true).forEach((day, list) -> list.stream()
                .filter(t -> t.subject().kind() == kind)
                .forEach(t -> out.computeIfAbsent(t.subject(), s -> new TreeMap<>()).put(day, t.tally())));
        return out;
    }

    // Backups (issue 7)
    /** Forgets the tallies of {@code day} and every later day. */
    public synchronized void forgetFrom(LocalDate day) {
        days.tailMap(day, true).clear();
    }
}
