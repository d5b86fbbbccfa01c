package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A row of daily uptime bars drawn as SVG on the server (one bar per day, oldest first). Each bar names its date,
 * uptime and incidents on hover (an SVG title) and as its accessible name on keyboard focus. Colour is not the only
 * signal: worse days are also shorter bars, and a sentence under the bars gives the period's uptime.
 *
 * <p>Days that say the same thing (100 % uptime and no incident; no data; maintenance only) are drawn as one shape
 * filled with a bar pattern: it looks like separate bars, hovers and focuses as one ("2026-01-01 to 2026-03-15:
 * 100.00 % uptime, no incidents"), and keeps a page of two hundred healthy systems small and its keyboard tour short.
 */
public record UptimeBars(String caption, String summary, String startLabel, int width, int height,
                         List<Segment> segments) {
    static final int BAR_WIDTH = 6;
    static final int GAP = 2;
    static final int HEIGHT = 34;

    public UptimeBars {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(startLabel, "startLabel");
        segments = List.copyOf(segments);
    }

    /**
     * One shape: a single day's bar, or a run of alike days filled with the pattern {@code fill} names (null for a
     * single bar, which its class colours).
     */
    public record Segment(int x, int y, int width, int height, String css, String fill, String label) {
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

        private String uptime() {
            if (uptimePercent.isPresent()) {
                return String.format(Locale.ROOT, "%.2f %% uptime", uptimePercent.getAsDouble());
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
        return new UptimeBars("", "", "", 0, HEIGHT, List.of());
    }

    /** The bars of {@code days} (consecutive, oldest first), with {@code overall} uptime of the whole period. */
    public static UptimeBars of(List<Day> days, OptionalDouble overall) {
        if (days.isEmpty()) {
            return none();
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            Day first = days.get(i);
            int j = i + 1;
            while (first.mergeable() && j < days.size() && days.get(j).mergeable()
                    && days.get(j).says().equals(first.says())) {
                j++;
            }
            segments.add(segment(days.subList(i, j), i));
            i = j;
        }
        String span = days.size() == 1 ? "the last day" : "the last " + days.size() + " days";
        String caption = "Uptime per day over " + span;
        long incidentDays = days.stream().filter(d -> d.incidents() > 0).count();
        String summary = (overall.isPresent() ? String.format(Locale.ROOT, "%.2f %% uptime", overall.getAsDouble())
                : "No data") + " over " + span + (incidentDays == 0 ? ", no incidents"
                : incidentDays == 1 ? ", incidents on 1 day" : ", incidents on " + incidentDays + " days");
        String start = days.size() == 1 ? "Today" : (days.size() - 1) + " days ago";
        return new UptimeBars(caption, summary, start, days.size() * (BAR_WIDTH + GAP) - GAP, HEIGHT, segments);
    }

    private static Segment segment(List<Day> run, int index) {
        Day first = run.get(0);
        String css = css(first);
        int height = height(css);
        String dates = run.size() == 1 ? first.date().toString()
                : first.date() + " to " + run.get(run.size() - 1).date();
        String fill = run.size() == 1 ? null : "url(#" + patternId(css) + ")";
        return new Segment(index * (BAR_WIDTH + GAP), HEIGHT - height, run.size() * (BAR_WIDTH + GAP) - GAP, height,
                run.size() == 1 ? css : "run", fill, dates + ": " + first.says());
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

    /** Worse days are shorter bars, so that no one needs to tell the colours apart. */
    private static int height(String css) {
        return switch (css) {
            case "u-poor" -> 26;
            case "u-bad" -> 18;
            default -> HEIGHT;
        };
    }
}
