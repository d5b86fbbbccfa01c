package dev.vigil.adapters.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A row of daily uptime bars drawn as SVG on the server (one bar per day, oldest first), each naming its date,
 * uptime and incidents on hover (an SVG title) and on focus (an accessible label). Empty until uptime per day
 * exists (issue 4); pages draw nothing then.
 */
public record UptimeBars(String caption, int width, int height, List<Bar> bars) {
    static final int BAR_WIDTH = 6;
    static final int GAP = 2;
    static final int HEIGHT = 34;

    public UptimeBars {
        Objects.requireNonNull(caption, "caption");
        bars = List.copyOf(bars);
    }

    /** One day's bar: where it is drawn, its colour class and what it says. */
    public record Bar(int x, String css, String label) {
    }

    /** What is known of one day: its uptime in percent (none when nothing was measured) and its incidents. */
    public record Day(LocalDate date, OptionalDouble uptimePercent, int incidents) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(uptimePercent, "uptimePercent");
        }
    }

    public static UptimeBars none() {
        return new UptimeBars("", 0, HEIGHT, List.of());
    }

    public static UptimeBars of(List<Day> days) {
        if (days.isEmpty()) {
            return none();
        }
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (Day day : days) {
            bars.add(new Bar(x, css(day.uptimePercent()), label(day)));
            x += BAR_WIDTH + GAP;
        }
        String caption = "Uptime over the last " + days.size() + (days.size() == 1 ? " day" : " days");
        return new UptimeBars(caption, x - GAP, HEIGHT, bars);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public int barWidth() {
        return BAR_WIDTH;
    }

    static String css(OptionalDouble uptime) {
        if (uptime.isEmpty()) {
            return "u-none";
        }
        double u = uptime.getAsDouble();
        if (u >= 99.9) {
            return "u-good";
        }
        if (u >= 99.0) {
            return "u-fair";
        }
        return u >= 95.0 ? "u-poor" : "u-bad";
    }

    static String label(Day day) {
        String uptime = day.uptimePercent().isPresent()
                ? String.format(Locale.ROOT, "%.2f %% uptime", day.uptimePercent().getAsDouble())
                : "no data";
        String incidents = switch (day.incidents()) {
            case 0 -> "no incidents";
            case 1 -> "1 incident";
            default -> day.incidents() + " incidents";
        };
        return day.date() + ": " + uptime + ", " + incidents;
    }
}
