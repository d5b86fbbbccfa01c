package dev.vigil.application.port.out;

import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Each subject's time per status, tallied once per closed UTC day, so that analytics over months read a row per
 * subject and day instead of every status change. Days are tallied in order, without gaps.
 */
public interface StatusTallies {
    /** The first and the last day tallied, if any. */
    Optional<LocalDate> firstDay();

    Optional<LocalDate> lastDay();

    /** Stores the tallies of one day (the day after the last one tallied, or the first). */
    void saveDay(LocalDate day, Collection<DayTally> tallies);

    /** Where each subject tallied that day stood at its end. */
    Map<Subject, TimelineState> endStates(LocalDate day);

    /**
     * The tallies of the days from {@code first} to {@code last} (both included), added up, of every subject tallied
     * on {@code last}; a subject whose tallies stop earlier (it was deleted) may be left out.
     */
    Map<Subject, UptimeTally> sum(LocalDate first, LocalDate last);

    /**
     * Each tallied subject of {@code kind} with its own tally of every day from {@code first} to {@code last} (both
     * included) on which it was tallied, oldest first: what daily uptime bars draw.
     */
    Map<Subject, SortedMap<LocalDate, UptimeTally>> daily(Subject.Kind kind, LocalDate first, LocalDate last);
}
