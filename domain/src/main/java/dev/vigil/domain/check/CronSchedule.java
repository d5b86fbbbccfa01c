package dev.vigil.domain.check;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A classic 5-field cron expression ({@code minute hour day-of-month month day-of-week}) with lists, ranges, steps,
 * month and weekday names, and the macros {@code @hourly @daily @weekly @monthly @yearly}. As in Vixie cron, when
 * both day fields are restricted a day matches if either does.
 */
public final class CronSchedule {
    public static final int MAX_LENGTH = 200;
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final Map<String, String> MACROS = Map.of("@hourly", "0 * * * *", "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *", "@weekly", "0 0 * * 0", "@monthly", "0 0 1 * *", "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *");
    private static final int YEARS_AHEAD = 8;

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CronSchedule(String expression) {
        this.expression = expression;
        String expanded = MACROS.getOrDefault(expression.toLowerCase(Locale.ROOT), expression);
        String[] fields = expanded.split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("cron must have 5 fields (minute hour day-of-month month day-of-week), not "
                    + fields.length);
        }
        minutes = field(fields[0], "minute", 0, 59, List.of());
        hours = field(fields[1], "hour", 0, 23, List.of());
        daysOfMonth = field(fields[2], "day-of-month", 1, 31, List.of());
        months = field(fields[3], "month", 1, 12, MONTHS);
        BitSet dow = field(fields[4], "day-of-week", 0, 7, DAYS);
        if (dow.get(7)) {
            dow.set(0);
            dow.clear(7);
        }
        daysOfWeek = dow;
        anyDayOfMonth = fields[2].equals("*") || fields[2].equals("?");
        anyDayOfWeek = fields[4].equals("*") || fields[4].equals("?");
    }

    /** Parses and validates an expression; one that can never fire (such as 30 February) is refused. */
    public static CronSchedule parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        String text = expression.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("cron must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cron must be at most " + MAX_LENGTH + " characters");
        }
        CronSchedule schedule = new CronSchedule(text);
        schedule.nextAfter(Instant.parse("2024-01-01T00:00:00Z"), ZoneId.of("UTC"));
        return schedule;
    }

    /** The first time strictly after {@code after} at which the schedule fires, read in {@code zone}. */
    public Instant nextAfter(Instant after, ZoneId zone) {
        ZonedDateTime t = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        int lastYear = t.getYear() + YEARS_AHEAD;
        while (t.getYear() <= lastYear) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t.toInstant();
            }
        }
        throw new IllegalArgumentException("cron '" + expression + "' never fires");
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean dom = daysOfMonth.get(t.getDayOfMonth());
        int weekday = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue();
        boolean dow = daysOfWeek.get(weekday);
        if (anyDayOfMonth && anyDayOfWeek) {
            return true;
        }
        if (anyDayOfMonth) {
            return dow;
        }
        if (anyDayOfWeek) {
            return dom;
        }
        return dom || dow;
    }

    private static BitSet field(String text, String name, int min, int max, List<String> names) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String p = part.toLowerCase(Locale.ROOT);
            int step = 1;
            int slash = p.indexOf('/');
            if (slash >= 0) {
                step = number(p.substring(slash + 1), name, 1, max, List.of());
                p = p.substring(0, slash);
            }
            int from;
            int to;
            if (p.equals("*") || p.equals("?")) {
                from = min;
                to = max == 7 ? 6 : max;
            } else if (p.contains("-")) {
                String[] ends = p.split("-", 2);
                from = number(ends[0], name, min, max, names);
                to = number(ends[1], name, min, max, names);
                if (from > to) {
                    throw new IllegalArgumentException("cron " + name + " range '" + part + "' runs backwards");
                }
            } else {
                from = number(p, name, min, max, names);
                to = slash >= 0 ? (max == 7 ? 6 : max) : from;
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int number(String text, String name, int min, int max, List<String> names) {
        int index = names.indexOf(text);
        if (index >= 0) {
            return names.size() == 12 ? index + 1 : index;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("cron " + name + " must be between " + min + " and " + max
                + (names.isEmpty() ? "" : " or a name such as " + names.get(0)) + ", not '" + shorten(text) + "'");
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** The expression as written. */
    public String expression() {
        return expression;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule other && expression.equals(other.expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
