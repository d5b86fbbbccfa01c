package dev.vigil.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The periods SLA compliance is reported for: calendar periods in UTC (the month, quarter or year so far) and rolling
 * windows ending now.
 */
public enum SlaPeriod {
    MONTH("month"), QUARTER("quarter"), YEAR("year"),
    LAST_24H("24h"), LAST_7D("7d"), LAST_30D("30d"), LAST_90D("90d");

    private final String wireName;

    SlaPeriod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True for month, quarter and year: periods with a fixed start, for which breaches are recorded. */
    public boolean isCalendar() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }

    /** The period that contains {@code now}, measured up to {@code now}. */
    public PeriodWindow current(Instant now) {
        if (!isCalendar()) {
            return new PeriodWindow(now.minus(rollingLength()), now, now);
        }
        LocalDate start = calendarStart(now);
        return new PeriodWindow(start.atStartOfDay().toInstant(ZoneOffset.UTC), now,
                next(start).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The complete calendar period before the one containing {@code now}. */
    public PeriodWindow previous(Instant now) {
        if (!isCalendar()) {
            throw new IllegalArgumentException(wireName + " is a rolling window and has no previous period");
        }
        LocalDate start = calendarStart(now);
        LocalDate before = switch (this) {
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            default -> start.minusYears(1);
        };
        Instant end = start.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new PeriodWindow(before.atStartOfDay().toInstant(ZoneOffset.UTC), end, end);
    }

    private LocalDate calendarStart(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return switch (this) {
            case MONTH -> today.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(today.getYear(), 1, 1);
            default -> throw new IllegalStateException(wireName + " is not a calendar period");
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            default -> start.plusYears(1);
        };
    }

    private Duration rollingLength() {
        return switch (this) {
            case LAST_24H -> Duration.ofHours(24);
            case LAST_7D -> Duration.ofDays(7);
            case LAST_30D -> Duration.ofDays(30);
            case LAST_90D -> Duration.ofDays(90);
            default -> throw new IllegalStateException(wireName + " is not a rolling window");
        };
    }

    /** Parses a wire name, ignoring case and surrounding blanks. */
    public static SlaPeriod fromWire(String value) {
        if (value != null) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            for (SlaPeriod period : values()) {
                if (period.wireName.equals(name)) {
                    return period;
                }
            }
        }
        throw new IllegalArgumentException("period must be one of month, quarter, year, 24h, 7d, 30d, 90d");
    }
}
