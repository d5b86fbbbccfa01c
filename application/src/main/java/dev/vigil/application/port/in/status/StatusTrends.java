package dev.vigil.application.port.in.status;

import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How systems did day by day and how fast their dependencies answered hour by hour, as of {@code generatedAt}: each
 * system's time-weighted tally of every UTC day from {@code firstDay} to {@code lastDay} (today, so far) with the
 * incidents that touched it that day, and each checked dependency's hourly check roll-ups of the last 24 closed hours.
 * Read from the day tallies and the hourly roll-ups, never from raw check results.
 */
public record StatusTrends(Instant generatedAt, LocalDate firstDay, LocalDate lastDay,
                           Map<SystemId, List<DayUptime>> days, Map<DependencyId, List<HourLatency>> latency) {
    public StatusTrends {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        days = Map.copyOf(days);
        latency = Map.copyOf(latency);
    }

    /** A system's days, oldest first; empty for a system not covered. */
    public List<DayUptime> daysOf(SystemId system) {
        return days.getOrDefault(system, List.of());
    }

    /** A dependency's hours with results, oldest first; empty without a check or results. */
    public List<HourLatency> latencyOf(DependencyId dependency) {
        return latency.getOrDefault(dependency, List.of());
    }

    /** One UTC day of a system: its time per status, and the incidents that affected it that day. */
    public record DayUptime(LocalDate day, UptimeTally tally, int incidents) {
        public DayUptime {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(tally, "tally");
            if (incidents < 0) {
                throw new IllegalArgumentException("incidents must not be negative");
            }
        }

        /** Time operational ÷ counted time, in percent; empty when no time counted (no data, or all maintenance). */
        public OptionalDouble uptimePercent() {
            return tally.countedMs() == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(UptimeFigures.percent(tally.operationalMs(), tally.countedMs()));
        }
    }

    /** One hour of a dependency's check results. */
    public record HourLatency(Instant hour, ResultStats stats) {
        public HourLatency {
            Objects.requireNonNull(hour, "hour");
            Objects.requireNonNull(stats, "stats");
        }
    }
}
