package dev.vigil.domain.sla;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A system exhausted its error budget for a calendar period. Recorded once per system and period, with what was
 * measured when it was detected, and acknowledged once, with who and when.
 */
public final class SlaBreach {
    public static final int NAME_MAX = 200;

    private final SlaBreachId id;
    private final SystemId system;
    private final String systemName;
    private final SlaPeriod period;
    private final Instant periodStart;
    private final Instant periodEnd;
    private final double target;
    private final double availability;
    private final Duration budget;
    private final Duration spent;
    private final Instant detectedAt;
    private final Optional<String> acknowledgedBy;
    private final Optional<Instant> acknowledgedAt;

    private SlaBreach(SlaBreachId id, SystemId system, String systemName, SlaPeriod period, Instant periodStart,
                      Instant periodEnd, double target, double availability, Duration budget, Duration spent,
                      Instant detectedAt, Optional<String> acknowledgedBy, Optional<Instant> acknowledgedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.system = Objects.requireNonNull(system, "system");
        this.systemName = Text.required(systemName, "system name", NAME_MAX);
        this.period = Objects.requireNonNull(period, "period");
        if (!period.isCalendar()) {
            throw new IllegalArgumentException("breaches are recorded for month, quarter and year, not " + period.wireName());
        }
        this.periodStart = Objects.requireNonNull(periodStart, "periodStart").truncatedTo(MILLIS);
        this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd").truncatedTo(MILLIS);
        if (!this.periodEnd.isAfter(this.periodStart)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
        this.target = target;
        this.availability = availability;
        this.budget = Objects.requireNonNull(budget, "budget");
        this.spent = Objects.requireNonNull(spent, "spent");
        this.detectedAt = Objects.requireNonNull(detectedAt, "detectedAt").truncatedTo(MILLIS);
        this.acknowledgedBy = Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        this.acknowledgedAt = Objects.requireNonNull(acknowledgedAt, "acknowledgedAt").map(t -> t.truncatedTo(MILLIS));
        if (acknowledgedBy.isPresent() != acknowledgedAt.isPresent()) {
            throw new IllegalArgumentException("an acknowledgement needs both who and when");
        }
    }

    /** Records a breach that {@code assessment} shows for {@code system} in the calendar period {@code window}. */
    public static SlaBreach record(SlaBreachId id, SystemId system, String systemName, SlaPeriod period,
                                   PeriodWindow window, SlaAssessment assessment, Instant now) {
        if (!assessment.breached()) {
            throw new IllegalArgumentException("the assessment shows no breach");
        }
        return new SlaBreach(id, system, systemName, period, window.from(), window.end(), assessment.target(),
                assessment.availability(), assessment.budget(), assessment.spent(), now, Optional.empty(),
                Optional.empty());
    }

    public static SlaBreach restore(SlaBreachId id, SystemId system, String systemName, SlaPeriod period,
                                    Instant periodStart, Instant periodEnd, double target, double availability,
                                    Duration budget, Duration spent, Instant detectedAt,
                                    Optional<String> acknowledgedBy, Optional<Instant> acknowledgedAt) {
        return new SlaBreach(id, system, systemName, period, periodStart, periodEnd, target, availability, budget,
                spent, detectedAt, acknowledgedBy, acknowledgedAt);
    }

    public SlaBreach acknowledge(String by, Instant now) {
        if (acknowledgedBy.isPresent()) {
            throw new BreachAlreadyAcknowledged(this);
        }
        return new SlaBreach(id, system, systemName, period, periodStart, periodEnd, target, availability, budget,
                spent, detectedAt, Optional.of(Text.required(by, "by", NAME_MAX)), Optional.of(now));
    }

    public SlaBreachId id() {
        return id;
    }

    public SystemId system() {
        return system;
    }

    public String systemName() {
        return systemName;
    }

    public SlaPeriod period() {
        return period;
    }

    public Instant periodStart() {
        return periodStart;
    }

    public Instant periodEnd() {
        return periodEnd;
    }

    public double target() {
        return target;
    }

    /** Availability in percent when the breach was detected. */
    public double availability() {
        return availability;
    }

    public Duration budget() {
        return budget;
    }

    public Duration spent() {
        return spent;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Optional<String> acknowledgedBy() {
        return acknowledgedBy;
    }

    public Optional<Instant> acknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isAcknowledged() {
        return acknowledgedBy.isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaBreach other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SlaBreach[" + id + " system " + system + " " + period.wireName() + " " + periodStart + "]";
    }
}
