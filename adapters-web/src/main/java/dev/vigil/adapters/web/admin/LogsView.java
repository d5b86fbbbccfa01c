package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.StatusSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The status log ({@code /admin/logs}), filtered by system and by source. */
public record LogsView(AdminChrome chrome, List<Option> systems, List<Option> sources, int limit, List<Entry> entries,
                       String summary) {

    /** A choice of a filter. */
    public record Option(String value, String label, boolean selected) {
    }

    /** One change. */
    public record Entry(String at, String system, String systemHref, String dependency, Badge from, Badge to,
                      String source, String message, String cause) {
    }

    static LogsView from(StatusOverview overview, List<StatusLogEntry> entries, Optional<Long> system,
                         Optional<StatusSource> source, int limit, AdminChrome chrome) {
        Map<Long, String> systemNames = new HashMap<>();
        Map<Long, String> dependencyNames = new HashMap<>();
        List<Option> systems = new ArrayList<>();
        systems.add(new Option("", "All systems", system.isEmpty()));
        overview.systems().stream()
                .sorted((a, b) -> a.system().name().compareToIgnoreCase(b.system().name()))
                .forEach(line -> {
                    long id = line.system().id().value();
                    systemNames.put(id, line.system().name());
                    line.dependencies().forEach(d -> dependencyNames.put(d.dependency().id().value(), d.dependency().name()));
                    systems.add(new Option(Long.toString(id), line.system().name(), system.filter(s -> s == id).isPresent()));
                });
        List<Option> sources = new ArrayList<>();
        sources.add(new Option("", "All sources", source.isEmpty()));
        for (StatusSource s : StatusSource.values()) {
            sources.add(new Option(s.wireName(), s.wireName(), source.filter(s::equals).isPresent()));
        }
        List<Entry> rows = entries.stream().map(e -> row(e, systemNames, dependencyNames)).toList();
        String summary = rows.isEmpty() ? "No changes match." : rows.size() == 1 ? "The latest change." : "The latest "
                + rows.size() + " changes, newest first.";
        return new LogsView(chrome, systems, sources, limit, rows, summary);
    }

    private static Entry row(StatusLogEntry entry, Map<Long, String> systems, Map<Long, String> dependencies) {
        StatusChange c = entry.change();
        long systemId = c.system().value();
        String system = systems.getOrDefault(systemId, "system " + systemId + " (deleted)");
        String href = systems.containsKey(systemId) ? "/admin/systems/" + systemId : "";
        String dependency = c.dependency()
                .map(id -> dependencies.getOrDefault(id.value(), "dependency " + id.value() + " (removed)")).orElse("");
        String cause = c.cause().map(id -> dependencies.getOrDefault(id.value(), "dependency " + id.value())).orElse("");
        return new Entry(StatusDetails.time(c.at()), system, href, dependency, Badge.of(c.from()), Badge.of(c.to()),
                c.source().wireName(), c.message(), cause);
    }
}
