package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import java.util.List;

/** One system as a page shows it: name, state (word, colour, icon), why, and its dependencies. */
public record SystemCard(String component, String name, String href, String description,
                         String state, String css, String label, String detail, boolean expanded,
                         String dependencySummary, List<DependencyItem> dependencies, UptimeBars uptime) {

    /** One dependency of the system. */
    public record DependencyItem(String component, String name, String state, String css, String label,
                                 String detail, String meta, Sparkline latency) {
    }

    static SystemCard from(SystemLine line) {
        var system = line.system();
        StatusStyle style = StatusStyle.of(system.status());
        String slug = system.slug().value();
        List<DependencyItem> dependencies = line.dependencies().stream().map(d -> item(slug, d)).toList();
        boolean anyFailing = line.dependencies().stream().anyMatch(d -> d.dependency().status().isFailing());
        // Later: uptime bars per day (issue 4) and a latency sparkline per dependency (issue 3).
        return new SystemCard(slug, system.name(), "/status/" + slug,
                system.details().description(), style.state(), style.css(), style.label(),
                StatusDetails.of(line), system.status().isFailing() || anyFailing, summary(line), dependencies,
                UptimeBars.none());
    }

    private static DependencyItem item(String slug, DependencyLine line) {
        var d = line.dependency();
        StatusStyle style = StatusStyle.of(d.status());
        return new DependencyItem(slug + "/" + d.id().value(), d.name(), style.state(), style.css(), style.label(),
                StatusDetails.of(line), StatusDetails.meta(line), Sparkline.none());
    }

    private static String summary(SystemLine line) {
        int total = line.dependencies().size();
        long failing = line.dependencies().stream().filter(d -> d.dependency().status().isFailing()).count();
        String noun = total == 1 ? "1 dependency" : total + " dependencies";
        return failing == 0 ? noun : noun + ", " + failing + " not operational";
    }
}
