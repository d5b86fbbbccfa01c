package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.StatusRollup;
import dev.vigil.domain.system.Visibility;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One system for its operators ({@code /admin/systems/{id}}): its state and why, its status control, its dependencies
 * with their edit forms, its details, its status log. Later: latency chart, 90-day heat map, SLA, check settings.
 */
public record SystemDetailView(AdminChrome chrome, String notice, Header header, FormState status, FormState details,
                               FormState addDependency, List<DependencyItem> dependencies, List<LogLine> log,
                               FormState delete) {

    /** The system itself. */
    public record Header(long id, String name, String slug, String publicHref, String visibility, String description,
                         String owner, String url, Badge status, String why, String manual, String slaTarget) {
    }

    /** A dependency with its forms. */
    public record DependencyItem(long id, String name, String description, String criticality, Badge status,
                                String updatedAt, boolean decides, FormState edit, FormState statusForm) {
    }

    /** One entry of the status log. */
    public record LogLine(String at, String subject, Badge from, Badge to, String source, String message) {
    }

    /** A form that was refused, to show again with what was typed: which one, and its state. */
    record Refusal(String form, FormState state) {
    }

    static SystemDetailView from(MonitoredSystem system, List<Dependency> dependencies, List<StatusLogEntry> entries,
                                 AdminChrome chrome, String notice, Optional<Refusal> refusal) {
        StatusRollup.Result rollUp = StatusRollup.of(system.manualStatus(), dependencies, false);
        Optional<DependencyId> cause = rollUp.status() == system.status() ? rollUp.cause() : Optional.empty();
        String why = cause.flatMap(id -> dependencies.stream().filter(d -> d.id().equals(id)).findFirst())
                .map(d -> "Decided by " + d.name() + ", which is " + Badge.of(d.status()).label().toLowerCase(Locale.ROOT) + ".")
                .orElse(system.manualStatus() == Status.OPERATIONAL ? "No manual status; no dependency is failing."
                        : "Set by hand to " + Badge.of(system.manualStatus()).label().toLowerCase(Locale.ROOT) + ".");
        var d = system.details();
        Header header = new Header(system.id().value(), system.name(), system.slug().value(),
                system.visibility() == Visibility.PUBLIC ? "/status/" + system.slug().value() : "",
                system.visibility().wireName(), d.description(), d.owner(), d.url(), Badge.of(system.status()), why,
                Badge.of(system.manualStatus()).label(), d.slaTarget().percent() + " %");
        Map<String, FormState> refused = new HashMap<>();
        refusal.ifPresent(r -> refused.put(r.form(), r.state()));
        List<DependencyItem> rows = dependencies.stream().map(dep -> new DependencyItem(dep.id().value(), dep.name(),
                dep.details().description(), dep.criticality().wireName(), Badge.of(dep.status()),
                StatusDetails.time(dep.updatedAt()), cause.filter(dep.id()::equals).isPresent(),
                refused.getOrDefault("dependency-" + dep.id().value(), FormState.of(Map.of("name", dep.name(),
                        "description", dep.details().description(), "criticality", dep.criticality().wireName()))),
                refused.getOrDefault("dependency-status-" + dep.id().value(),
                        FormState.of(Map.of("status", dep.status().wireName())))))
                .toList();
        Map<Long, String> dependencyNames = new HashMap<>();
        dependencies.forEach(dep -> dependencyNames.put(dep.id().value(), dep.name()));
        List<LogLine> log = entries.stream().map(e -> logLine(e, system.name(), dependencyNames)).toList();
        FormState status = refused.getOrDefault("status", FormState.of(Map.of("status", system.manualStatus().wireName())));
        FormState details = refused.getOrDefault("details", FormState.of(Map.of("name", system.name(),
                "slug", system.slug().value(), "description", d.description(), "url", d.url(), "owner", d.owner(),
                "visibility", system.visibility().wireName(), "sla_target", Double.toString(d.slaTarget().percent()))));
        return new SystemDetailView(chrome, notice, header, status, details,
                refused.getOrDefault("add-dependency", FormState.of(Map.of("criticality", "critical"))), rows, log,
                refused.getOrDefault("delete", FormState.blank()));
    }

    private static LogLine logLine(StatusLogEntry entry, String systemName, Map<Long, String> dependencyNames) {
        StatusChange c = entry.change();
        String subject = c.dependency()
                .map(id -> dependencyNames.getOrDefault(id.value(), "dependency " + id.value() + " (removed)"))
                .orElse(systemName);
        return new LogLine(StatusDetails.time(c.at()), subject, Badge.of(c.from()), Badge.of(c.to()),
                c.source().wireName(), c.message());
    }
}
