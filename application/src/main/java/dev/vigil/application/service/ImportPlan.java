package dev.vigil.application.service;

import dev.vigil.application.port.in.backup.BackupContent;
import dev.vigil.application.port.in.backup.ImportMode;
import dev.vigil.application.port.in.backup.ImportedCheck;
import dev.vigil.application.port.in.backup.ImportedDependency;
import dev.vigil.application.port.in.backup.ImportedSystem;
import dev.vigil.application.port.in.backup.ImportedWebhook;
import dev.vigil.application.port.out.RegexSyntax;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import dev.vigil.domain.incident.AutomaticWatch;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookLimitReached;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A backup checked against itself and the stored data, with every entity in the form it will be stored in: slugs
 * derived where the document has none, withheld secrets taken from the stored entities (or noted as missing).
 * {@link #problems()} lists what makes the backup unloadable; when it is empty, storing the planned entities in
 * order breaks no rule and no unique key.
 */
final class ImportPlan {
    /** A dependency as it will be stored, with its check, or whether a stored check is to go. */
    record PlannedDependency(Dependency dependency, Optional<Check> check, boolean removeStoredCheck) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<MonitoredSystem> provisionalSystems = new ArrayList<>();
    private final List<MonitoredSystem> systems = new ArrayList<>();
    private final List<PlannedDependency> dependencies = new ArrayList<>();
    private final Set<DependencyId> newDependencies = new TreeSet<>(Comparator.comparingLong(DependencyId::value));
    private final List<Incident> incidents = new ArrayList<>();
    private final List<Webhook> webhooks = new ArrayList<>();
    private final List<ApiKey> apiKeys = new ArrayList<>();
    private final Map<SystemId, MonitoredSystem> storedSystems = new HashMap<>();
    private final Map<DependencyId, Dependency> storedDependencies = new HashMap<>();
    private final Set<IncidentId> storedIncidents = new HashSet<>();
    private final Map<MaintenanceId, MaintenanceWindow> storedWindows = new HashMap<>();

    private ImportPlan() {
    }

    static ImportPlan of(BackupContent content, ImportMode mode, ImportBackupService.Targets stored,
                         RegexSyntax regexSyntax, RandomGenerator random) {
        ImportPlan plan = new ImportPlan();
        boolean merge = mode == ImportMode.MERGE;
        if (merge) {
            stored.systems().all().forEach(s -> plan.storedSystems.put(s.id(), s));
            stored.dependencies().all().forEach(d -> plan.storedDependencies.put(d.id(), d));
        }
        plan.planSystems(content.systems(), random);
        plan.planDependencies(content.dependencies(), stored, merge, regexSyntax, random);
        plan.checkLog(content.statusLog());
        plan.planIncidents(content.incidents(), stored, merge);
        plan.planWindows(content.maintenances(), stored, merge);
        plan.checkReports(content.slaReports());
        plan.checkBreaches(content.slaBreaches(), stored, merge);
        plan.planWebhooks(content.webhooks(), stored, merge);
        plan.checkCounters(content.counters(), stored, merge);
        content.apiKeys().ifPresent(keys -> plan.planApiKeys(keys, stored));
        return plan;
    }

    // systems

    private void planSystems(List<ImportedSystem> imported, RandomGenerator random) {
        unique("systems", imported, s -> s.system().id().value());
        Map<Slug, SystemId> fixed = new HashMap<>();
        for (ImportedSystem s : imported) {
            if (!s.slugDerived()) {
                SystemId other = fixed.putIfAbsent(s.system().slug(), s.system().id());
                if (other != null && !other.equals(s.system().id())) {
                    problems.add("systems: slug '" + s.system().slug() + "' is used by systems " + other + " and "
                            + s.system().id());
                }
            }
        }
        Set<SystemId> inBackup = imported.stream().map(s -> s.system().id()).collect(Collectors.toSet());
        Map<Slug, SystemId> kept = new HashMap<>();
        storedSystems.values().stream().filter(s -> !inBackup.contains(s.id()))
                .forEach(s -> kept.put(s.slug(), s.id()));
        for (ImportedSystem s : imported) {
            if (!s.slugDerived() && kept.containsKey(s.system().slug())) {
                problems.add("systems[id " + s.system().id() + "]: slug '" + s.system().slug()
                        + "' belongs to stored system " + kept.get(s.system().slug())
                        + ", which the backup does not contain");
            }
        }
        Set<Slug> taken = new HashSet<>(fixed.keySet());
        taken.addAll(kept.keySet());
        for (ImportedSystem s : imported.stream().sorted(Comparator.comparingLong(s -> s.system().id().value()))
                .toList()) {
            MonitoredSystem system = s.system();
            if (s.slugDerived()) {
                Slug slug = freeSlugLike(system.slug(), taken);
                taken.add(slug);
                system = MonitoredSystem.restore(system.id(), system.details().withSlug(slug), system.manualStatus(),
                        system.status(), system.createdAt(), system.updatedAt());
            }
            MonitoredSystem before = storedSystems.get(system.id());
            if (before != null && !before.slug().equals(system.slug())) {
                // Moved aside first, so that systems of the backup may trade slugs.
                Slug aside = new Slug("import-" + system.id().value() + "-" + Long.toHexString(random.nextLong() >>> 1));
                provisionalSystems.add(MonitoredSystem.restore(before.id(), before.details().withSlug(aside),
                        before.manualStatus(), before.status(), before.createdAt(), before.updatedAt()));
            }
            systems.add(system);
        }
    }

    private static Slug freeSlugLike(Slug base, Set<Slug> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            Slug candidate = base.withSuffix(n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    // dependencies and checks

    private void planDependencies(List<ImportedDependency> imported, ImportBackupService.Targets stored,
                                  boolean merge, RegexSyntax regexSyntax, RandomGenerator random) {
        unique("dependencies", imported, d -> d.dependency().id().value());
        Set<SystemId> systemIds = systems.stream().map(MonitoredSystem::id).collect(Collectors.toSet());
        systemIds.addAll(storedSystems.keySet());
        Map<DependencyId, Check> storedChecks = merge
                ? stored.checks().byDependencies(imported.stream().map(d -> d.dependency().id()).toList())
                : Map.of();
        Map<SecretHash, DependencyId> tokens = new HashMap<>();
        for (ImportedDependency d : imported) {
            Dependency dependency = d.dependency();
            if (!systemIds.contains(dependency.systemId())) {
                problems.add("dependencies[id " + dependency.id() + "]: system " + dependency.systemId()
                        + " is neither in the backup nor stored");
            }
            if (!storedDependencies.containsKey(dependency.id())) {
                newDependencies.add(dependency.id());
            }
            Optional<Check> stale = Optional.ofNullable(storedChecks.get(dependency.id()));
            Optional<Check> check = d.check().map(c -> resolve(c, stale, random));
            check.ifPresent(c -> {
                if (c.spec() instanceof HttpCheck http && http.bodyRule().orElse(null) instanceof BodyRule.Matches m) {
                    regexSyntax.problem(m.pattern()).ifPresent(problem -> problems.add("dependencies[id "
                            + dependency.id() + "]: expect_body: " + problem));
                }
                if (c.spec() instanceof PushCheck push) {
                    DependencyId other = tokens.putIfAbsent(push.tokenHash(), dependency.id());
                    if (other != null) {
                        problems.add("dependencies[id " + dependency.id() + "]: its push token is that of dependency "
                                + other);
                    } else if (merge) {
                        stored.checks().byTokenHash(push.tokenHash()).filter(o -> !o.dependency().equals(dependency.id()))
                                .ifPresent(o -> problems.add("dependencies[id " + dependency.id()
                                        + "]: its push token is that of stored dependency " + o.dependency()));
                    }
                }
            });
            dependencies.add(new PlannedDependency(dependency, check, check.isEmpty() && stale.isPresent()));
        }
    }

    /** The check as it will be stored: withheld secrets come from the stored check when it has them. */
    private Check resolve(ImportedCheck imported, Optional<Check> stored, RandomGenerator random) {
        Check check = imported.check();
        if (!imported.secretsWithheld()) {
            return check;
        }
        String who = "check of dependency " + check.dependency();
        if (check.spec() instanceof PushCheck push) {
            if (stored.isPresent() && stored.get().spec() instanceof PushCheck before) {
                return check.withSpec(push.withTokenHash(before.tokenHash()));
            }
            notes.add(who + ": the export holds no push token, so it has a new one; rotate it (POST /api/dependencies/"
                    + check.dependency() + "/check/token) to learn it");
            return check.withSpec(push.withTokenHash(PushToken.generate(random).hash()));
        }
        if (check.spec() instanceof HttpCheck http && (!imported.withheldHeaderNames().isEmpty()
                || imported.bodyWithheld())) {
            if (stored.isPresent() && stored.get().spec() instanceof HttpCheck before) {
                try {
                    return check.withSpec(new HttpCheck(http.url(), http.method(), http.expectedStatus(),
                            http.bodyRule(), before.headers(), before.body(), http.timeout(), http.interval(),
                            http.degradedLatency()));
                } catch (IllegalArgumentException e) {
                    notes.add(who + ": the stored headers and body no longer fit it (" + e.getMessage()
                            + "); it was loaded without them");
                    return check;
                }
            }
            List<String> missing = new ArrayList<>();
            if (!imported.withheldHeaderNames().isEmpty()) {
                missing.add("its headers (" + String.join(", ", new TreeSet<>(imported.withheldHeaderNames())) + ")");
            }
            if (imported.bodyWithheld()) {
                missing.add("its request body");
            }
            notes.add(who + ": " + String.join(" and ", missing) + " were not in the export; set them again");
        }
        return check;
    }

    private void checkLog(List<StatusLogEntry> entries) {
        unique("logs", entries, StatusLogEntry::id);
    }

    // incidents, maintenance, SLA

    private void planIncidents(List<Incident> imported, ImportBackupService.Targets stored, boolean merge) {
        unique("incidents", imported, i -> i.id().value());
        Set<IncidentId> inBackup = imported.stream().map(Incident::id).collect(Collectors.toSet());
        Map<String, IncidentId> outages = new HashMap<>();
        Map<SystemId, IncidentId> open = new HashMap<>();
        for (Incident incident : imported) {
            if (merge && stored.incidents().byId(incident.id()).isPresent()) {
                storedIncidents.add(incident.id());
            }
            if (incident.watch().isEmpty()) {
                continue;
            }
            AutomaticWatch watch = incident.watch().get();
            String outage = watch.system() + "@" + watch.outageSince();
            IncidentId same = outages.putIfAbsent(outage, incident.id());
            if (same != null) {
                problems.add("incidents[id " + incident.id() + "]: incident " + same + " was opened for the same outage"
                        + " of system " + watch.system());
            }
            boolean unresolved = incident.state() != IncidentState.RESOLVED;
            if (unresolved) {
                IncidentId other = open.putIfAbsent(watch.system(), incident.id());
                if (other != null) {
                    problems.add("incidents[id " + incident.id() + "]: incident " + other + " is already the open"
                            + " automatic incident of system " + watch.system());
                }
            }
            if (merge) {
                stored.incidents().automaticFor(watch.system(), watch.outageSince())
                        .filter(o -> !inBackup.contains(o.id()))
                        .ifPresent(o -> problems.add("incidents[id " + incident.id() + "]: stored incident " + o.id()
                                + " was opened for the same outage of system " + watch.system()));
                if (unresolved) {
                    stored.incidents().openAutomaticOf(watch.system()).filter(o -> !inBackup.contains(o.id()))
                            .ifPresent(o -> problems.add("incidents[id " + incident.id() + "]: stored incident "
                                    + o.id() + " is the open automatic incident of system " + watch.system()));
                }
            }
        }
        // Resolved ones first: a stored open incident that the backup resolves makes room for the open one.
        imported.stream().sorted(Comparator.comparing((Incident i) -> i.state() != IncidentState.RESOLVED))
                .forEach(incidents::add);
    }

    private void planWindows(List<MaintenanceWindow> imported, ImportBackupService.Targets stored, boolean merge) {
        unique("maintenances", imported, w -> w.id().value());
        if (merge) {
            for (MaintenanceWindow w : imported) {
                stored.maintenances().byId(w.id()).ifPresent(before -> storedWindows.put(w.id(), before));
            }
        }
    }

    private void checkReports(List<SlaReport> reports) {
        unique("sla_reports", reports, r -> r.id().value());
    }

    private void checkBreaches(List<SlaBreach> imported, ImportBackupService.Targets stored, boolean merge) {
        unique("sla_breaches", imported, b -> b.id().value());
        Set<Long> inBackup = imported.stream().map(b -> b.id().value()).collect(Collectors.toSet());
        Map<String, SlaBreach> periods = new HashMap<>();
        for (SlaBreach b : imported) {
            String key = b.system() + "/" + b.period().wireName() + "/" + b.periodStart();
            SlaBreach same = periods.putIfAbsent(key, b);
            if (same != null) {
                problems.add("sla_breaches[id " + b.id() + "]: breach " + same.id() + " is of the same system and period");
            }
            if (merge) {
                stored.slaBreaches().find(b.system(), b.period(), b.periodStart())
                        .filter(o -> !inBackup.contains(o.id().value()))
                        .ifPresent(o -> problems.add("sla_breaches[id " + b.id() + "]: stored breach " + o.id()
                                + " is of the same system and period"));
            }
        }
    }

    // webhooks and API keys

    private void planWebhooks(List<ImportedWebhook> imported, ImportBackupService.Targets stored, boolean merge) {
        unique("webhooks", imported, w -> w.id().value());
        Set<WebhookId> ids = new HashSet<>();
        if (merge) {
            stored.webhooks().all().forEach(w -> ids.add(w.id()));
        }
        for (ImportedWebhook w : imported) {
            Optional<Webhook> before = merge ? stored.webhooks().byId(w.id()) : Optional.empty();
            if (w.target().isPresent()) {
                try {
                    webhooks.add(w.with(w.target().get(), w.secret().orElseThrow()));
                    ids.add(w.id());
                } catch (IllegalArgumentException e) {
                    problems.add("webhooks[id " + w.id() + "]: " + e.getMessage());
                }
                continue;
            }
            String who = "webhook " + w.id() + " '" + w.name() + "'";
            if (before.isPresent()) {
                try {
                    webhooks.add(w.with(before.get().target(), before.get().secret()));
                    ids.add(w.id());
                } catch (IllegalArgumentException e) {
                    notes.add(who + ": exported without its secrets, and the stored webhook's do not fit its type "
                            + w.type().wireName() + "; not imported");
                }
            } else {
                notes.add(who + ": exported without its URL or bot token and signing secret; not imported (export"
                        + " with include_secrets=true to move webhooks)");
            }
        }
        if (ids.size() > WebhookLimitReached.MAX_WEBHOOKS) {
            problems.add("webhooks: Vigil keeps at most " + WebhookLimitReached.MAX_WEBHOOKS
                    + " webhooks; this backup would make " + ids.size());
        }
    }

    /** Counters are matched by name: a stored counter of the same name is replaced, and the page's limit holds. */
    private void checkCounters(List<Counter> imported, ImportBackupService.Targets stored, boolean merge) {
        Set<CounterName> names = new HashSet<>();
        for (Counter c : imported) {
            if (!names.add(c.name())) {
                problems.add("counters: name '" + c.name() + "' appears more than once");
            }
        }
        if (merge) {
            stored.counters().all().forEach(c -> names.add(c.name()));
        }
        if (names.size() > Counter.MAX_COUNT) {
            problems.add("counters: a page shows at most " + Counter.MAX_COUNT + " counters; this backup would make "
                    + names.size());
        }
    }

    /**
     * API keys are matched by their secret's hash, not by id: a key already stored is updated under its own id, any
     * other is added (under its id when that is free here, else a new one). None is ever removed.
     */
    private void planApiKeys(List<ApiKey> keys, ImportBackupService.Targets stored) {
        unique("api_keys", keys, k -> k.id().value());
        Map<SecretHash, ApiKey> storedByHash = new HashMap<>();
        Set<Long> takenIds = new HashSet<>();
        for (ApiKey k : stored.apiKeys().all()) {
            storedByHash.put(k.hash(), k);
            takenIds.add(k.id().value());
        }
        Set<SecretHash> hashes = new HashSet<>();
        List<ApiKey> fresh = new ArrayList<>();
        for (ApiKey key : keys) {
            String who = "api_keys[id " + key.id() + "]: ";
            if (key.origin() == KeyOrigin.ENVIRONMENT) {
                problems.add(who + "keys that VIGIL_ADMIN_KEY manages are not imported");
                continue;
            }
            if (!hashes.add(key.hash())) {
                problems.add(who + "another key of the backup has the same secret");
                continue;
            }
            ApiKey holder = storedByHash.get(key.hash());
            if (holder == null) {
                fresh.add(key);
            } else if (holder.origin() == KeyOrigin.ENVIRONMENT) {
                problems.add(who + "it has the secret of the key VIGIL_ADMIN_KEY manages");
            } else {
                Optional<Instant> lastUsed = later(holder.lastUsedAt(), key.lastUsedAt());
                apiKeys.add(ApiKey.restore(holder.id(), key.name(), key.hint(), key.hash(), key.scopes(), key.origin(),
                        key.expiresAt(), lastUsed, holder.createdAt()));
            }
        }
        for (ApiKey key : fresh) {
            ApiKey placed = key;
            if (!takenIds.add(key.id().value())) {
                placed = ApiKey.restore(stored.apiKeys().nextId(), key.name(), key.hint(), key.hash(), key.scopes(),
                        key.origin(), key.expiresAt(), key.lastUsedAt(), key.createdAt());
                takenIds.add(placed.id().value());
            }
            apiKeys.add(placed);
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private <T> void unique(String section, List<T> items, Function<T, Long> id) {
        Set<Long> seen = new HashSet<>();
        for (T item : items) {
            long value = id.apply(item);
            if (!seen.add(value)) {
                problems.add(section + ": id " + value + " appears more than once");
            }
        }
    }

    // results

    List<String> problems() {
        return problems;
    }

    List<String> notes() {
        return notes;
    }

    List<MonitoredSystem> provisionalSystems() {
        return provisionalSystems;
    }

    List<MonitoredSystem> systems() {
        return systems;
    }

    List<PlannedDependency> dependencies() {
        return dependencies;
    }

    Set<DependencyId> newDependencies() {
        return newDependencies;
    }

    List<Incident> incidents() {
        return incidents;
    }

    List<Webhook> webhooks() {
        return webhooks;
    }

    List<ApiKey> apiKeys() {
        return apiKeys;
    }

    boolean storedIncident(IncidentId id) {
        return storedIncidents.contains(id);
    }

    /** When a loaded system begins to count for uptime, if that is new: it was not stored, or stored as born later. */
    Optional<Instant> newSince(MonitoredSystem system) {
        MonitoredSystem before = storedSystems.get(system.id());
        return before != null && before.createdAt().equals(system.createdAt()) ? Optional.empty()
                : Optional.of(system.createdAt());
    }

    Optional<Instant> newSince(Dependency dependency) {
        Dependency before = storedDependencies.get(dependency.id());
        return before != null && before.createdAt().equals(dependency.createdAt())
                && before.systemId().equals(dependency.systemId()) ? Optional.empty()
                : Optional.of(dependency.createdAt());
    }

    /** From when a loaded window changes excluded time: not at all when it is stored as it is. */
    Optional<Instant> changedSince(MaintenanceWindow window) {
        MaintenanceWindow before = storedWindows.get(window.id());
        if (before == null) {
            return Optional.of(window.startsAt());
        }
        if (before.startsAt().equals(window.startsAt()) && before.endsAt().equals(window.endsAt())
                && before.systems().equals(window.systems()) && before.cancelledAt().equals(window.cancelledAt())) {
            return Optional.empty();
        }
        return Optional.of(before.startsAt().isBefore(window.startsAt()) ? before.startsAt() : window.startsAt());
    }
}
