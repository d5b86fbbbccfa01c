package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.in.backup.BackupContent;
import dev.vigil.application.port.in.backup.ImportedCheck;
import dev.vigil.application.port.in.backup.ImportedDependency;
import dev.vigil.application.port.in.backup.ImportedSystem;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.check.CheckState;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.StatusRollup;
import dev.vigil.domain.system.SystemDetails;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The export of the service Vigil replaces (format version 1.0: systems, dependencies and logs), converted. Its
 * quirks, as documented: field names may come in its Go names ({@code SystemID}, {@code HeartbeatURL}) as well as in
 * snake_case; a dependency never checked has {@code last_check} {@code 0001-01-01T00:00:00Z}; statuses are
 * {@code green | yellow | red}; log sources are {@code manual | heartbeat | propagation}; times carry any offset.
 * Ids and times are kept, so that loading the same export twice changes nothing. Slugs are derived from names;
 * every dependency is critical (its roll-up was the worst of all dependencies); a heartbeat becomes an HTTP check;
 * a system's own status is kept as its manual status unless its dependencies explain it. Other fields of its
 * JSON are ignored.
 */
final class PredecessorExport {
    static final Set<String> SECTIONS = Set.of("systems", "dependencies", "logs");
    private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");
    private static final String IMPORTED = "as recorded by the previous status service";

    private record OldSystem(SystemId id, String name, String description, String url, String owner, Status status,
                             double slaTarget, Instant createdAt, Instant updatedAt) {
    }

    private record OldLog(long id, Optional<SystemId> system, Optional<DependencyId> dependency, Status from,
                          Status to, String message, StatusSource source, Instant at) {
    }

    private final List<OldSystem> systems = new ArrayList<>();
    private final List<ImportedDependency> dependencies = new ArrayList<>();
    private final List<OldLog> logs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String section, int index, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be a JSON object");
        }
        Item item = Item.lenient(snakeCase((ObjectNode) node));
        switch (section) {
            case "systems" -> systems.add(system(item));
            case "dependencies" -> dependencies.add(dependency(item));
            default -> logs.add(log(item));
        }
    }

    BackupContent content() {
        Map<SystemId, List<Dependency>> bySystem = new LinkedHashMap<>();
        Map<DependencyId, SystemId> systemOf = new LinkedHashMap<>();
        for (ImportedDependency d : dependencies) {
            bySystem.computeIfAbsent(d.dependency().systemId(), s -> new ArrayList<>()).add(d.dependency());
            systemOf.put(d.dependency().id(), d.dependency().systemId());
        }
        List<ImportedSystem> converted = new ArrayList<>();
        for (OldSystem s : systems) {
            List<Dependency> own = bySystem.getOrDefault(s.id(), List.of());
            // A status its dependencies explain was propagated; any other was set by a person.
            Status manual = StatusRollup.of(Status.OPERATIONAL, own, false).status() == s.status()
                    ? Status.OPERATIONAL : s.status();
            Status shown = StatusRollup.of(manual, own, false).status();
            SystemDetails details = new SystemDetails(s.name(), Slug.fromName(s.name()), s.description(), s.url(),
                    s.owner(), Visibility.PUBLIC, new SlaTarget(s.slaTarget()));
            converted.add(new ImportedSystem(MonitoredSystem.restore(s.id(), details, manual, shown, s.createdAt(),
                    s.updatedAt()), true));
        }
        List<StatusLogEntry> entries = new ArrayList<>();
        for (OldLog l : logs) {
            Optional<SystemId> system = l.system().or(() -> l.dependency().map(systemOf::get));
            if (system.isEmpty()) {
                notes.add("logs: entry " + l.id() + " is about " + l.dependency().map(d -> "dependency " + d)
                        .orElse("no system or dependency") + " the export does not hold; it was not imported");
                continue;
            }
            entries.add(new StatusLogEntry(l.id(), new StatusChange(system.get(), l.dependency(), l.from(), l.to(),
                    l.message(), l.source(), Optional.empty(), l.at())));
        }
        return new BackupContent(converted, dependencies, entries, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), notes);
    }

    private OldSystem system(Item i) {
        SystemId id = new SystemId(i.id("id"));
        String url = i.textOrEmpty("url").strip();
        try {
            new SystemDetails("x", new Slug("x"), "", url, "", Visibility.PUBLIC, SlaTarget.DEFAULT);
        } catch (IllegalArgumentException e) {
            notes.add("system " + id + ": its url '" + shorten(url) + "' is not an absolute http(s) URL; left out");
            url = "";
        }
        double target = i.optNumber("sla_target").filter(t -> t > 0 && t <= 100).orElse(SlaTarget.DEFAULT.percent());
        Instant created = time(i, "created_at");
        return new OldSystem(id, i.text("name"), i.textOrEmpty("description"), url, i.textOrEmpty("owner"),
                status(i.optText("status").orElse("green")), target, created, later(created, time(i, "updated_at")));
    }

    private ImportedDependency dependency(Item i) {
        DependencyId id = new DependencyId(i.id("id"));
        Instant created = time(i, "created_at");
        Status status = status(i.optText("status").orElse("green"));
        Dependency dependency = Dependency.restore(id, new SystemId(i.id("system_id")),
                new DependencyDetails(i.text("name"), i.textOrEmpty("description"), Criticality.CRITICAL), status,
                created, later(created, i.optInstant("updated_at").orElse(created)));
        Optional<ImportedCheck> check = Optional.empty();
        Optional<String> url = i.optText("heartbeat_url").map(String::strip).filter(u -> !u.isEmpty());
        if (url.isPresent()) {
            try {
                check = Optional.of(ImportedCheck.complete(check(i, id, url.get(), created)));
            } catch (IllegalArgumentException e) {
                notes.add("dependency " + id + " '" + dependency.name() + "': its heartbeat could not be carried over ("
                        + e.getMessage() + "); configure its check again");
            }
        }
        return new ImportedDependency(dependency, check);
    }

    private Check check(Item i, DependencyId id, String url, Instant configuredAt) {
        long seconds = i.optInteger("heartbeat_interval").filter(s -> s > 0).orElse(60L);
        long bounded = Math.max(CheckSpec.MIN_INTERVAL.toSeconds(), Math.min(CheckSpec.MAX_INTERVAL.toSeconds(), seconds));
        if (bounded != seconds) {
            notes.add("dependency " + id + ": its heartbeat interval of " + seconds + " s is now " + bounded + " s");
        }
        String method = i.optText("heartbeat_method").filter(m -> !m.isBlank()).orElse("GET").toUpperCase(Locale.ROOT);
        String body = method.equals("POST") || method.equals("PUT") ? i.textOrEmpty("heartbeat_body") : "";
        Optional<BodyRule> rule = i.optText("heartbeat_expect_body").filter(r -> !r.isEmpty())
                .map(pattern -> new BodyRule.Matches(pattern));
        HttpCheck spec = new HttpCheck(HttpCheck.parseUrl(url), method,
                ExpectedStatus.parse(i.textOrEmpty("heartbeat_expect_status")), rule,
                i.textMap("heartbeat_headers"), body, null, Duration.ofSeconds(bounded), Optional.empty());
        int failures = (int) Math.max(0, Math.min(Integer.MAX_VALUE, i.optInteger("consecutive_failures").orElse(0L)));
        Optional<Instant> lastCheck = i.optInstant("last_check").filter(t -> !t.equals(ZERO_TIME));
        Optional<CheckResult> last = lastCheck.map(at -> new CheckResult(id, at,
                failures > 0 ? Verdict.DOWN : Verdict.UP,
                Duration.ofMillis(Math.max(0, i.optInteger("last_latency").orElse(0L))),
                i.optInteger("last_status_code").filter(c -> c >= 100 && c <= 599).map(Long::intValue),
                failures > 0 ? IMPORTED : ""));
        CheckState state = new CheckState(failures, failures == 0 && last.isPresent() ? 1 : 0, last, Optional.empty(),
                false);
        return Check.restore(id, spec, CheckThresholds.DEFAULT, state, configuredAt);
    }

    private OldLog log(Item i) {
        String source = i.optText("source").orElse("manual").strip().toLowerCase(Locale.ROOT);
        StatusSource converted = switch (source) {
            case "manual" -> StatusSource.MANUAL;
            case "heartbeat" -> StatusSource.CHECK;
            case "propagation" -> StatusSource.ROLLUP;
            default -> throw new IllegalArgumentException("source must be manual, heartbeat or propagation");
        };
        return new OldLog(i.id("id"), i.optId("system_id").map(SystemId::new),
                i.optId("dependency_id").map(DependencyId::new), status(i.text("old_status")),
                status(i.text("new_status")), i.textOrEmpty("message"), converted, time(i, "created_at"));
    }

    private static Status status(String text) {
        Status status = Status.fromWire(text);
        if (status != Status.OPERATIONAL && status != Status.DEGRADED && status != Status.OUTAGE) {
            throw new IllegalArgumentException("status must be green, yellow or red");
        }
        return status;
    }

    private static Instant time(Item i, String field) {
        Instant at = i.instant(field);
        if (at.equals(ZERO_TIME)) {
            throw new IllegalArgumentException(field + " is required");
        }
        return at;
    }

    private static Instant later(Instant created, Instant updated) {
        return updated.isBefore(created) ? created : updated;
    }

    /** The object with its field names in snake_case: {@code SystemID} becomes {@code system_id}. */
    static ObjectNode snakeCase(ObjectNode node) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey().replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                    .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            if (!copy.has(name)) {
                copy.set(name, field.getValue());
            }
        }
        return copy;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
