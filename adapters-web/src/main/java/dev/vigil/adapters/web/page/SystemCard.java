package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

/** One system as a page shows it: name, state (word, colour, icon), why, its uptime per day, and its dependencies. */
public record SystemCard(String component, String name, String href, String description,
                         String state, String css, String label, String detail, boolean expanded,
                         String dependencySummary, List<DependencyItem> dependencies, UptimeBars uptime) {

    /** One dependency of the system, with what its check saw and its response times. */
    public record DependencyItem(String component, String name, String state, String css, String label,
                                 String detail, String meta, Sparkline latency) {
    }

    static SystemCard from(SystemLine line, StatusTrends trends) {
        var system = line.system();
        StatusStyle style = StatusStyle.of(system.status());
        String slug = system.slug().value();
        List<DependencyItem> dependencies = line.dependencies().stream().map(d -> item(slug, d, trends)).toList();
        boolean anyFailing = line.dependencies().stream().anyMatch(d -> d.dependency().status().isFailing());
        return new SystemCard(slug, system.name(), "/status/" + slug,
                system.details().description(), style.state(), style.css(), style.label(),
                StatusDetails.of(line), system.status().isFailing() || anyFailing, summary(line), dependencies,
                bars(trends.daysOf(system.id())));
    }

    /** The bars of a system's days, with the uptime of the whole period (pooled by time, not a mean of days). */
    static UptimeBars bars(List<DayUptime> days) {
        long operational = days.stream().mapToLong(d -> d.tally().operationalMs()).sum();
        long counted = days.stream().mapToLong(d -> d.tally().countedMs()).sum();
        OptionalDouble overall = counted == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.min(100.0, operational * 100.0 / counted));
        return UptimeBars.of(days.stream().map(UptimeBars.Day::of).toList(), overall);
    }

    private static DependencyItem item(String slug, DependencyLine line, StatusTrends trends) {
        var d = line.dependency();
        StatusStyle style = StatusStyle.of(d.status());
        return new DependencyItem(slug + "/" + d.id().value(), d.name(), style.state(), style.css(), style.label(),
                StatusDetails.of(line), StatusDetails.meta(line), sparkline(trends, line));
    }

    /** The hourly averages of the last 24 closed hours, from the trends' hourly roll-ups. */
    static Sparkline sparkline(StatusTrends trends, DependencyLine line) {
        var hours = trends.latencyOf(line.dependency().id()).stream()
                .filter(h -> h.stats().measured() > 0)
                .map(h -> new Sparkline.Point(h.hour(), Math.round(h.stats().averageLatency())))
                .toList();
        var end = trends.generatedAt().truncatedTo(ChronoUnit.HOURS);
        int window = 24;
        return Sparkline.of(hours, end.minus(Duration.ofHours(window)), window);
    }

    private static String summary(SystemLine line) {
        int total = line.dependencies().size();
        long failing = line.dependencies().stream().filter(d -> d.dependency().status().isFailing()).count();
        String noun = total == 1 ? "1 dependency" : total + " dependencies";
        return failing == 0 ? noun : noun + ", " + failing + " not operational";
    }
}
