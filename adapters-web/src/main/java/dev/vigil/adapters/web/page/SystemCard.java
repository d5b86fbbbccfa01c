package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One system as a page shows it: name, state (word, colour, icon), why, its uptime per day, its response time (that of
 * its slowest dependency, hour by hour), and its dependencies, each with its own response time.
 */
public record SystemCard(String component, String name, String href, String description,
                         String state, String css, String label, String detail, boolean expanded,
                         String dependencySummary, List<DependencyItem> dependencies, UptimeBars uptime,
                         Sparkline latency) {
    static final int SPARKLINE_HOURS = 24;
    static final String SLOWEST = "Response time of the slowest dependency";

    /** One dependency of the system, with what its check saw and its response times. */
    public record DependencyItem(String component, String name, String state, String css, String label,
                                 String detail, String meta, Sparkline latency) {
    }

    /** A system on the overview: its own sparkline, none per dependency (they are on its page). */
    static SystemCard overview(SystemLine line, StatusTrends trends) {
        return from(line, trends, false);
    }

    /** A system on its own page: its sparkline and one for each checked dependency. */
    static SystemCard page(SystemLine line, StatusTrends trends) {
        return from(line, trends, true);
    }

    private static SystemCard from(SystemLine line, StatusTrends trends, boolean dependencyLines) {
        var system = line.system();
        StatusStyle style = StatusStyle.of(system.status());
        String slug = system.slug().value();
        List<DependencyItem> dependencies = line.dependencies().stream()
                .map(d -> item(slug, d, dependencyLines ? sparkline(trends, d) : Sparkline.none())).toList();
        boolean anyFailing = line.dependencies().stream().anyMatch(d -> d.dependency().status().isFailing());
        return new SystemCard(slug, system.name(), "/status/" + slug,
                system.details().description(), style.state(), style.css(), style.label(),
                StatusDetails.of(line), system.status().isFailing() || anyFailing, summary(line), dependencies,
                bars(trends.daysOf(system.id())), slowest(trends, line));
    }

    /** The bars of a system's days, with the uptime of the whole period (pooled by time, not a mean of days). */
    static UptimeBars bars(List<DayUptime> days) {
        long operational = days.stream().mapToLong(d -> d.tally().operationalMs()).sum();
        long counted = days.stream().mapToLong(d -> d.tally().countedMs()).sum();
        OptionalDouble overall = counted == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.min(100.0, operational * 100.0 / counted));
        return UptimeBars.of(days.stream().map(UptimeBars.Day::of).toList(), overall);
    }

    private static DependencyItem item(String slug, DependencyLine line, Sparkline latency) {
        var d = line.dependency();
        StatusStyle style = StatusStyle.of(d.status());
        return new DependencyItem(slug + "/" + d.id().value(), d.name(), style.state(), style.css(), style.label(),
                StatusDetails.of(line), StatusDetails.meta(line), latency);
    }

    /** The hourly averages of the last 24 closed hours, from the trends' hourly roll-ups. */
    static Sparkline sparkline(StatusTrends trends, DependencyLine line) {
        return Sparkline.of(Sparkline.RESPONSE_TIME, averages(trends, line).toList(), windowStart(trends),
                SPARKLINE_HOURS);
    }

    /**
     * The system's line: for each of the last 24 closed hours, the highest hourly average among its checked
     * dependencies (a request that needs them all waits for the slowest).
     */
    static Sparkline slowest(StatusTrends trends, SystemLine line) {
        Map<Instant, Long> slowest = new TreeMap<>();
        line.dependencies().stream().flatMap(d -> averages(trends, d))
                .forEach(p -> slowest.merge(p.hour(), p.millis(), Math::max));
        var points = slowest.entrySet().stream().map(e -> new Sparkline.Point(e.getKey(), e.getValue())).toList();
        return Sparkline.of(SLOWEST, points, windowStart(trends), SPARKLINE_HOURS);
    }

    private static Stream<Sparkline.Point> averages(StatusTrends trends, DependencyLine line) {
        return trends.latencyOf(line.dependency().id()).stream()
                .filter(h -> h.stats().measured() > 0)
                .map(h -> new Sparkline.Point(h.hour(), Math.round(h.stats().averageLatency())));
    }

    private static Instant windowStart(StatusTrends trends) {
        return trends.generatedAt().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(SPARKLINE_HOURS));
    }

    private static String summary(SystemLine line) {
        int total = line.dependencies().size();
        long failing = line.dependencies().stream().filter(d -> d.dependency().status().isFailing()).count();
        String noun = total == 1 ? "1 dependency" : total + " dependencies";
        return failing == 0 ? noun : noun + ", " + failing + " not operational";
    }
}
