package dev.vigil.adapters.web.page;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A small response-time line drawn as SVG on the server: oldest point on the left, the slowest at the top. Empty
 * until latency history exists (issue 3); pages draw nothing then.
 */
public record Sparkline(String summary, int width, int height, String points) {
    static final int WIDTH = 120;
    static final int HEIGHT = 24;

    public Sparkline {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(points, "points");
    }

    /** One measured latency. */
    public record Point(Instant at, long millis) {
        public Point {
            Objects.requireNonNull(at, "at");
            if (millis < 0) {
                throw new IllegalArgumentException("millis must not be negative");
            }
        }
    }

    public static Sparkline none() {
        return new Sparkline("", WIDTH, HEIGHT, "");
    }

    /** The line through {@code points} (in time order); fewer than two points draw nothing. */
    public static Sparkline of(List<Point> points) {
        if (points.size() < 2) {
            return none();
        }
        LongSummaryStatistics stats = points.stream().mapToLong(Point::millis).summaryStatistics();
        long top = Math.max(1, stats.getMax());
        int last = points.size() - 1;
        String path = java.util.stream.IntStream.range(0, points.size())
                .mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", (double) i * WIDTH / last,
                        HEIGHT - 1 - (double) points.get(i).millis() * (HEIGHT - 2) / top))
                .collect(Collectors.joining(" "));
        String summary = "Response time: last " + points.get(last).millis() + " ms, fastest " + stats.getMin()
                + " ms, slowest " + stats.getMax() + " ms";
        return new Sparkline(summary, WIDTH, HEIGHT, path);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
