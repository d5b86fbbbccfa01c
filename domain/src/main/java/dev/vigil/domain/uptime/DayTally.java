package dev.vigil.domain.uptime;

import java.time.LocalDate;
import java.util.Objects;

/** One subject's tally of one UTC day, with where its timeline stood at the day's end. */
public record DayTally(Subject subject, LocalDate day, UptimeTally tally, TimelineState atEnd) {
    public DayTally {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(atEnd, "atEnd");
    }
}
