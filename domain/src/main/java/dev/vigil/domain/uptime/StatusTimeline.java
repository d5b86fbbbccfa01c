package dev.vigil.domain.uptime;

import dev.vigil.domain.status.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One subject's status over time: the state in force when the timeline starts, every later change, and the
 * maintenance windows that cover it. Tallies any stretch of it by time, never by counting samples.
 *
 * <p>Time covered by a maintenance window counts as maintenance whatever the status was; otherwise the status decides:
 * operational, degraded and outage are counted, maintenance and unknown are not. An outage period is a run of
 * {@code outage} status: it starts when the status becomes outage and ends when it becomes anything else.
 */
public final class StatusTimeline {
    private final Instant start;
    private final TimelineState initial;
    private final List<Transition> transitions;
    private final List<Interval> maintenance;

    private StatusTimeline(Instant start, TimelineState initial, List<Transition> transitions, List<Interval> maintenance) {
        this.start = Objects.requireNonNull(start, "start");
        this.initial = Objects.requireNonNull(initial, "initial");
        if (initial.since().isAfter(start)) {
            throw new IllegalArgumentException("the initial state must be in force when the timeline starts");
        }
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            if (t.at().isBefore(start) || (i > 0 && t.at().isBefore(transitions.get(i - 1).at()))) {
                throw new IllegalArgumentException("transitions must be in time order and not before the timeline starts");
            }
        }
        this.transitions = List.copyOf(transitions);
        this.maintenance = merged(maintenance);
    }

    /**
     * A timeline starting at {@code start} in {@code initial} state.
     *
     * @param transitions the changes from {@code start} on, in time order
     * @param maintenance the maintenance windows covering the subject, in any order, possibly overlapping
     */
    public static StatusTimeline of(Instant start, TimelineState initial, List<Transition> transitions,
                                    List<Interval> maintenance) {
        return new StatusTimeline(start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), initial, transitions,
                maintenance);
    }

    /** What a stretch of the timeline adds up to, with the state at its start and at its end. */
    public record Tally(UptimeTally tally, TimelineState atStart, TimelineState atEnd) {
        public Tally {
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(atStart, "atStart");
            Objects.requireNonNull(atEnd, "atEnd");
        }
    }

    /**
     * Tallies {@code window}, which must start no earlier than the timeline. Changes before the window only move the
     * state forward; a change at the window's first instant belongs to the window, one at its end does not.
     */
    public Tally tally(Interval window) {
        if (window.start().isBefore(start)) {
            throw new IllegalArgumentException("the window starts before the timeline");
        }
        TimelineState state = initial;
        TimelineState atStart = null;
        UptimeTally tally = UptimeTally.ZERO;
        Instant position = start;
        for (Transition t : transitions) {
            if (!t.at().isBefore(window.end())) {
                break;
            }
            if (atStart == null && !t.at().isBefore(window.start())) {
                atStart = state;
            }
            tally = count(tally, state.status(), new Interval(position, t.at()), window);
            if (!t.at().isBefore(window.start())) {
                tally = recordOutageEvents(tally, state, t);
            }
            state = state.after(t.to(), t.at());
            position = t.at();
        }
        if (atStart == null) {
            atStart = state;
        }
        tally = count(tally, state.status(), new Interval(position, window.end()), window);
        return new Tally(tally, atStart, state);
    }

    private static UptimeTally recordOutageEvents(UptimeTally tally, TimelineState before, Transition t) {
        if (t.to() == before.status()) {
            return tally;
        }
        if (before.status() == Status.OUTAGE) {
            return tally.withOutageEnded(t.at().toEpochMilli() - before.since().toEpochMilli());
        }
        if (t.to() == Status.OUTAGE) {
            long sinceLast = before.lastOutageEnd().map(end -> t.at().toEpochMilli() - end.toEpochMilli()).orElse(-1L);
            return tally.withOutageStarted(sinceLast);
        }
        return tally;
    }

    private UptimeTally count(UptimeTally tally, Status status, Interval segment, Interval window) {
        var part = segment.intersection(window);
        if (part.isEmpty()) {
            return tally;
        }
        long length = part.get().millis();
        long inMaintenance = 0;
        for (Interval m : maintenance) {
            inMaintenance += m.intersection(part.get()).map(Interval::millis).orElse(0L);
        }
        long rest = length - inMaintenance;
        return switch (status) {
            case OPERATIONAL -> tally.withTime(rest, 0, 0, inMaintenance, 0);
            case DEGRADED -> tally.withTime(0, rest, 0, inMaintenance, 0);
            case OUTAGE -> tally.withTime(0, 0, rest, inMaintenance, 0);
            case MAINTENANCE -> tally.withTime(0, 0, 0, length, 0);
            case UNKNOWN -> tally.withTime(0, 0, 0, inMaintenance, rest);
        };
    }

    /** Sorted, non-overlapping, non-empty intervals covering the same time. */
    private static List<Interval> merged(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.removeIf(Interval::isEmpty);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> result = new ArrayList<>();
        for (Interval i : sorted) {
            if (!result.isEmpty() && !i.start().isAfter(result.get(result.size() - 1).end())) {
                Interval last = result.remove(result.size() - 1);
                result.add(new Interval(last.start(), i.end().isAfter(last.end()) ? i.end() : last.end()));
            } else {
                result.add(i);
            }
        }
        return List.copyOf(result);
    }
}
