package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A row of daily uptime bars drawn as SVG on the server (one bar per day, oldest first). Each bar names its date,
 * uptime and incidents on hover (an SVG title) and as its accessible name on keyboard focus. Colour is not the only
 * signal: worse days are also shorter bars (their top is blank, see {@code chart/defs.jte}), and a sentence under the
 * bars gives the period's uptime.
 *
 * <p>Perfect days (100 % uptime, no incident) are one shape behind the others, filled with a bar pattern: it looks
 * like separate bars and hovers and focuses as one ("All other days from 2026-01-01 to 2026-03-31: 100.00 % uptime,
 * no incidents"); every other day is drawn over it, on its own. Runs of days without data, or under maintenance only,
 * are one patterned shape each ("2026-01-01 to 2026-01-09: no data, no incidents"). So a page of two hundred systems
 * stays small and each chart's keyboard tour stops only at the days worth reading about.
 */
public record UptimeBars(String caption, String summary, String startLabel, String width, int height,
                         List<Segment> segments) {
    /** A bar's width in days: the rest of the day's place is the gap to the next bar. */
    static final String BAR = "0.75";
    static final int HEIGHT = 34;

    public UptimeBars {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(startLabel, "startLabel");
        Objects.requireNonNull(width, "width");
        segments = List.copyOf(segments);
    }

    /**
     * One shape: a single day's bar, or several days filled with the pattern {@code fill} names (null for a single
     * bar, which its class colours). Places and widths are in days (the chart is stretched to its width), which keeps
     * the numbers of ninety bars short.
     */
    public record Segment(int x, String width, String css, String fill, String label) {
    }

    /** What is known of one day: its uptime in percent (none when no time counted), incidents, maintenance. */
    public record Day(LocalDate date, OptionalDouble uptimePercent, int incidents, boolean maintenance) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(uptimePercent, "uptimePercent");
        }

        public static Day of(DayUptime d) {
            return new Day(d.day(), d.uptimePercent(), d.incidents(), d.tally().maintenanceMs() > 0);
        }

        /** What this day says apart from its date; days saying the same may share one shape. */
        String says() {
            return uptime() + ", " + incidentsInWords();
        }

        boolean mergeable() {
            return incidents == 0 && (uptimePercent.isEmpty() || uptimePercent.getAsDouble() == 100.0);
        }

        /** Counted in full as operational, without an incident. */
        boolean perfect() {
            return mergeable() && uptimePercent.isPresent();
        }

        private String uptime() {
            if (uptimePercent.isPresent()) {
                return percent(uptimePercent.getAsDouble()) + " uptime";
            }
            return maintenance ? "maintenance, not counted" : "no data";
        }

        private String incidentsInWords() {
            return switch (incidents) {
                case 0 -> "no incidents";
                case 1 -> "1 incident";
                default -> incidents + " incidents";
            };
        }
    }

    public static UptimeBars none() {
        return new UptimeBars("", "", "", "0", HEIGHT, List.of());
    }

    /** The bars of {@code days} (consecutive, oldest first), with {@code overall} uptime of the whole period. */
    public static UptimeBars of(List<Day> days, OptionalDouble overall) {
        if (days.isEmpty()) {
            return none();
        }
        List<String> says = days.stream().map(Day::says).toList();
        List<Segment> segments = new ArrayList<>();
        int firstPerfect = -1;
        int lastPerfect = -1;
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).perfect()) {
                firstPerfect = firstPerfect < 0 ? i : firstPerfect;
                lastPerfect = i;
            }
        }
        if (firstPerfect >= 0) {
            segments.add(perfectDays(days, firstPerfect, lastPerfect, says.get(firstPerfect)));
        }
        int i = 0;
        while (i < days.size()) {
            Day first = days.get(i);
            if (first.perfect()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (first.mergeable() && j < days.size() && days.get(j).mergeable() && says.get(j).equals(says.get(i))) {
                j++;
            }
            segments.add(segment(days.subList(i, j), i, says.get(i)));
            i = j;
        }
        String span = days.size() == 1 ? "the last day" : "the last " + days.size() + " days";
        String caption = "Uptime per day over " + span;
        long incidentDays = days.stream().filter(d -> d.incidents() > 0).count();
        String summary = (overall.isPresent() ? percent(overall.getAsDouble()) + " uptime"
                : "No data") + " over " + span + (incidentDays == 0 ? ", no incidents"
                : incidentDays == 1 ? ", incidents on 1 day" : ", incidents on " + incidentDays + " days");
        String start = days.size() == 1 ? "Today" : (days.size() - 1) + " days ago";
        return new UptimeBars(caption, summary, start, span(days.size()), HEIGHT, segments);
    }

    /**
     * A percentage with two decimals, rounded half up from the shortest decimal that names the double (as
     * {@code String.format("%.2f %%")} writes it), without the formatter's cost: a page of two hundred systems writes
     * eighteen thousand of them at every rebuild.
     */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** The shape of every perfect day from the first to the last, behind the days in between that were not. */
    private static Segment perfectDays(List<Day> days, int first, int last, String says) {
        boolean othersBetween = days.subList(first, last + 1).stream().anyMatch(d -> !d.perfect());
        String dates = first == last ? days.get(first).date().toString()
                : days.get(first).date() + " to " + days.get(last).date();
        String fill = "url(#" + patternId("u-good") + ")";
        return new Segment(first, span(last - first + 1), "run", fill,
                (othersBetween ? "All other days from " : "") + dates + ": " + says);
    }

    private static Segment segment(List<Day> run, int index, String says) {
        Day first = run.get(0);
        String css = css(first);
        String dates = run.size() == 1 ? first.date().toString()
                : first.date() + " to " + run.get(run.size() - 1).date();
        String fill = run.size() == 1 ? null : "url(#" + patternId(css) + ")";
        return new Segment(index, span(run.size()), run.size() == 1 ? css : "run", fill, dates + ": " + says);
    }

    /** The width of {@code days} bars side by side: every day's place but the last one's gap. */
    static String span(int days) {
        return (days - 1) + BAR.substring(1);
    }

    /** The id of the bar pattern of a class (defined once per page, see {@code chart/defs.jte}). */
    static String patternId(String css) {
        return "bars-" + css.substring(2);
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    static String css(Day day) {
        if (day.uptimePercent().isEmpty()) {
            return day.maintenance() ? "u-maint" : "u-none";
        }
        double u = day.uptimePercent().getAsDouble();
        if (u >= 99.9) {
            return "u-good";
        }
        if (u >= 99.0) {
            return "u-fair";
        }
        return u >= 95.0 ? "u-poor" : "u-bad";
    }
}
