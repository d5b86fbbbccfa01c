package dev.vigil.adapters.web.page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small response-time line drawn as SVG on the server: one point per hour with results (the hour's average), at
 * its place among the hours of the window (oldest on the left), the slowest at the top. The path moves from point to
 * point by whole-number steps ({@code M0,8l5,1 5,-2 …}): the same few characters again and again, which compress to
 * a third less than absolute coordinates on a page with hundreds of lines. Fewer than two points draw nothing.
 */
public record Sparkline(String summary, int width, int height, String path) {
    static final int STEP = 5;
    static final int HEIGHT = 24;
    /** What a dependency's line shows: its own response time. */
    static final String RESPONSE_TIME = "Response time";

    public Sparkline {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(path, "path");
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
        return of(RESPONSE_TIME, points, start, hours);
    }

    /**
     * The line through {@code points} (in time order) over {@code hours} hours from {@code start}, its summary naming
     * {@code what} it shows.
     */
    public static Sparkline of(String what, List<Point> points, Instant start, int hours) {
        if (points.size() < 2) {
            return none();
        }
        long max = points.stream().mapToLong(Point::millis).max().orElse(0);
        long min = points.stream().mapToLong(Point::millis).min().orElse(0);
        long top = Math.max(1, max);
        StringBuilder path = new StringBuilder();
        long lastX = 0;
        long lastY = 0;
        for (Point p : points) {
            long x = Duration.between(start, p.hour()).toHours() * STEP;
            long y = HEIGHT - 2 - Math.round((double) p.millis() * (HEIGHT - 4) / top);
            if (path.isEmpty()) {
                path.append('M').append(x).append(',').append(y).append('l');
            } else {
                path.append(path.charAt(path.length() - 1) == 'l' ? "" : " ").append(x - lastX).append(',')
                        .append(y - lastY);
            }
            lastX = x;
            lastY = y;
        }
        String summary = String.format(Locale.ROOT, "%s, hourly average over the last %d hours: %d to %d ms,"
                + " latest %d ms", what, hours, min, max, points.get(points.size() - 1).millis());
        return new Sparkline(summary, (hours - 1) * STEP, HEIGHT, path.toString());
    }

    public boolean isEmpty() {
        return path.isEmpty();
    }
}
