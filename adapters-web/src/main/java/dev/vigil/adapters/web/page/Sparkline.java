package dev.vigil.adapters.web.page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A small response-time line drawn as SVG on the server: one point per hour with results (the hour's average), at
 * its place among the hours of the window (oldest on the left), the slowest at the top. Whole-number coordinates keep
 * a page with a thousand of them small. Fewer than two points draw nothing.
 */
public record Sparkline(String summary, int width, int height, String points) {
    static final int STEP = 5;
    static final int HEIGHT = 24;

    public Sparkline {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(points, "points");
    }

    /** One hour's average latency. */
    public record Point(Instant hour, long millis) {
        public Point {
            Objects.requireNonNull(hour, "hour");
            if (millis < 0) {
                throw new IllegalArgumentException("millis must not be negative");
            }
        }
    }

    public static Sparkline none() {
        return new Sparkline("", 0, HEIGHT, "");
    }

    /** The line through {@code points} (in time order) over {@code hours} hours from {@code start}. */
    public static Sparkline of(List<Point> points, Instant start, int hours) {
        if (points.size() < 2) {
            return none();
        }
        long max = points.stream().mapToLong(Point::millis).max().orElse(0);
        long min = points.stream().mapToLong(Point::millis).min().orElse(0);
        long top = Math.max(1, max);
        String path = points.stream()
                .map(p -> (Duration.between(start, p.hour()).toHours() * STEP) + ","
                        + (HEIGHT - 2 - Math.round((double) p.millis() * (HEIGHT - 4) / top)))
                .collect(Collectors.joining(" "));
        String summary = String.format(Locale.ROOT, "Response time, hourly average over the last %d hours: %d to %d ms,"
                + " latest %d ms", hours, min, max, points.get(points.size() - 1).millis());
        return new Sparkline(summary, (hours - 1) * STEP, HEIGHT, path);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
