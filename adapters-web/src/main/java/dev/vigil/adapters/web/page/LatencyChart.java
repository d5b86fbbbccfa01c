package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusTrends.HourLatency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A dependency's response times over the last hours, drawn as SVG on the server from the hourly roll-ups: the hourly
 * average as a solid line, the 95th percentile as a dashed one (told apart by their stroke, not only their colour),
 * with the scale written on it. The hours are also given as a table ({@link #hours()}) for those who read rather
 * than look.
 */
public record LatencyChart(String summary, int width, int height, String average, String p95, String top,
                           List<Hour> hours) {
    static final int WIDTH = 480;
    static final int HEIGHT = 120;
    static final int LEFT = 48;
    static final int BOTTOM = 16;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public LatencyChart {
        Objects.requireNonNull(summary, "summary");
        hours = List.copyOf(hours);
    }

    /** One hour in words. */
    public record Hour(String hour, long checks, long failures, String average, String p95) {
    }

    public static LatencyChart none() {
        return new LatencyChart("", WIDTH, HEIGHT, "", "", "", List.of());
    }

    /** The chart of {@code hours} over the {@code span} hours from {@code start}. */
    public static LatencyChart of(List<HourLatency> hours, Instant start, int span) {
        List<HourLatency> measured = hours.stream().filter(h -> h.stats().measured() > 0).toList();
        if (measured.isEmpty()) {
            return none();
        }
        long top = Math.max(1, measured.stream().mapToLong(h -> h.stats().percentile(0.95)).max().orElse(1));
        double xStep = (double) (WIDTH - LEFT - 4) / Math.max(1, span - 1);
        String average = line(measured, start, xStep, top, h -> Math.round(h.stats().averageLatency()));
        String p95 = line(measured, start, xStep, top, h -> h.stats().percentile(0.95));
        long avgAll = Math.round(measured.stream().mapToDouble(h -> h.stats().averageLatency() * h.stats().measured())
                .sum() / measured.stream().mapToLong(h -> h.stats().measured()).sum());
        String summary = String.format(Locale.ROOT, "Response time over the last %d hours: average %d ms, hourly 95th "
                + "percentile up to %d ms", span, avgAll, top);
        List<Hour> rows = hours.stream().map(h -> new Hour(HOUR.format(h.hour()), h.stats().count(),
                h.stats().failures(), h.stats().measured() == 0 ? "–" : Math.round(h.stats().averageLatency()) + " ms",
                h.stats().measured() == 0 ? "–" : h.stats().percentile(0.95) + " ms")).toList();
        return new LatencyChart(summary, WIDTH, HEIGHT, average, p95, top + " ms", rows);
    }

    private static String line(List<HourLatency> hours, Instant start, double xStep, long top,
                               java.util.function.ToLongFunction<HourLatency> value) {
        int plot = HEIGHT - BOTTOM - 4;
        return hours.stream().map(h -> {
            long index = Duration.between(start, h.hour()).toHours();
            long x = Math.round(LEFT + index * xStep);
            long y = Math.round(4 + plot - (double) value.applyAsLong(h) * plot / top);
            return x + "," + y;
        }).collect(Collectors.joining(" "));
    }

    public boolean isEmpty() {
        return hours.isEmpty();
    }

    public int left() {
        return LEFT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }
}
