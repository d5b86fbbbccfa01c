package dev.vigil.application.service;

import dev.vigil.application.port.in.backup.BackupContent;
import dev.vigil.application.port.in.backup.ImportBackup;
import dev.vigil.application.port.in.backup.ImportBackupCommand;
import dev.vigil.application.port.in.backup.ImportMode;
import dev.vigil.application.port.in.backup.ImportReport;
import dev.vigil.application.port.in.backup.InvalidBackup;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.BackupStorage;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Counters;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.RegexSyntax;
import dev.vigil.application.port.out.SlaBreaches;
import dev.vigil.application.port.out.SlaReports;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.webhook.Webhook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Loads a backup in one transaction: {@link ImportPlan} checks the whole document against itself and the stored
 * data and settles every entity's final form first; only then is anything written. Nothing is published: loading
 * history notifies nobody.
 */
public final class ImportBackupService implements ImportBackup {
    /** The repositories an import writes. */
    public record Targets(Systems systems, Dependencies dependencies, Checks checks, Incidents incidents,
                          MaintenanceWindows maintenances, SlaReports slaReports, SlaBreaches slaBreaches,
                          Webhooks webhooks, Counters counters, ApiKeys apiKeys) {
    }

    private final Targets targets;
    private final BackupStorage storage;
    private final Transactions transactions;
    private final RegexSyntax regexSyntax;
    private final RandomGenerator random;

    public ImportBackupService(Targets targets, BackupStorage storage, Transactions transactions,
                               RegexSyntax regexSyntax, RandomGenerator random) {
        this.targets = targets;
        this.storage = storage;
        this.transactions = transactions;
        this.regexSyntax = regexSyntax;
        this.random = random;
    }

    @Override
    public ImportReport importBackup(ImportBackupCommand command) {
        return transactions.inTransaction(() -> {
            ImportPlan plan = ImportPlan.of(command.content(), command.mode(), targets, regexSyntax, random);
            if (!plan.problems().isEmpty()) {
                throw new InvalidBackup(plan.problems());
            }
            apply(plan, command.mode(), command.content());
            return report(plan, command.mode(), command.content());
        });
    }

    private void apply(ImportPlan plan, ImportMode mode, BackupContent content) {
        if (mode == ImportMode.REPLACE) {
            storage.eraseAll();
        }
        Optional<Instant> affected = Optional.empty();
        for (MonitoredSystem provisional : plan.provisionalSystems()) {
            targets.systems().save(provisional);
        }
        for (MonitoredSystem system : plan.systems()) {
            targets.systems().save(system);
            affected = earliest(affected, plan.newSince(system));
        }
        for (ImportPlan.PlannedDependency d : plan.dependencies()) {
            targets.dependencies().save(d.dependency());
            if (d.check().isPresent()) {
                targets.checks().save(d.check().get());
            } else if (d.removeStoredCheck()) {
                targets.checks().delete(d.dependency().id());
            }
            affected = earliest(affected, plan.newSince(d.dependency()));
        }
        if (mode == ImportMode.MERGE && !plan.newDependencies().isEmpty()) {
            // Check history kept under these ids belonged to dependencies since deleted here, not to these.
            storage.forgetCheckHistory(plan.newDependencies());
        }
        affected = earliest(affected, storage.restoreLog(content.statusLog()));
        for (Incident incident : plan.incidents()) {
            if (plan.storedIncident(incident.id())) {
                targets.incidents().delete(incident.id()); // its whole timeline is replaced
            }
            targets.incidents().save(incident);
        }
        for (MaintenanceWindow window : content.maintenances()) {
            affected = earliest(affected, plan.changedSince(window));
            targets.maintenances().save(window);
        }
        for (SlaReport report : content.slaReports()) {
            targets.slaReports().save(report);
        }
        for (SlaBreach breach : content.slaBreaches()) {
            targets.slaBreaches().save(breach);
        }
        for (Webhook webhook : plan.webhooks()) {
            targets.webhooks().save(webhook);
        }
        for (Counter counter : content.counters()) {
            targets.counters().save(counter); // a counter of the same name is replaced
        }
        for (ApiKey key : plan.apiKeys()) {
            targets.apiKeys().save(key);
        }
        if (mode == ImportMode.MERGE) {
            affected.map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)).ifPresent(storage::forgetTalliesFrom);
        }
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    private static ImportReport report(ImportPlan plan, ImportMode mode, BackupContent content) {
        Map<String, Integer> imported = new LinkedHashMap<>();
        imported.put("systems", content.systems().size());
        imported.put("dependencies", content.dependencies().size());
        imported.put("checks", (int) content.dependencies().stream().filter(d -> d.check().isPresent()).count());
        imported.put("logs", content.statusLog().size());
        imported.put("incidents", content.incidents().size());
        imported.put("maintenances", content.maintenances().size());
        imported.put("sla_reports", content.slaReports().size());
        imported.put("sla_breaches", content.slaBreaches().size());
        imported.put("webhooks", plan.webhooks().size());
        imported.put("counters", content.counters().size());
        imported.put("api_keys", plan.apiKeys().size());
        List<String> errors = new ArrayList<>(content.notes());
        errors.addAll(plan.notes());
        return new ImportReport(mode, imported, errors);
    }
}
