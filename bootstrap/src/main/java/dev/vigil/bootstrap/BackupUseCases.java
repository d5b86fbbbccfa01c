package dev.vigil.bootstrap;

import dev.vigil.adapters.persistence.JdbiApiKeys;
import dev.vigil.adapters.persistence.JdbiBackupStorage;
import dev.vigil.adapters.persistence.JdbiChecks;
import dev.vigil.adapters.persistence.JdbiCounters;
import dev.vigil.adapters.persistence.JdbiDependencies;
import dev.vigil.adapters.persistence.JdbiIncidents;
import dev.vigil.adapters.persistence.JdbiMaintenanceWindows;
import dev.vigil.adapters.persistence.JdbiSlaBreaches;
import dev.vigil.adapters.persistence.JdbiSlaReports;
import dev.vigil.adapters.persistence.JdbiSystems;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.JdbiWebhooks;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.adapters.probes.Re2RegexSyntax;
import dev.vigil.application.port.in.backup.ExportBackup;
import dev.vigil.application.port.in.backup.ImportBackup;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.application.service.ExportBackupService;
import dev.vigil.application.service.ImportBackupService;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** Export and import over one database: what the server's API and the CLI's verbs both use. */
record BackupUseCases(ExportBackup export, ImportBackup importer) {
    static BackupUseCases of(SqliteDatabase database, JdbiSystems systems, JdbiDependencies dependencies,
                             JdbiApiKeys apiKeys, Transactions transactions, RandomGenerator random, Clock clock) {
        var checks = new JdbiChecks(database);
        var incidents = new JdbiIncidents(database);
        var windows = new JdbiMaintenanceWindows(database);
        var reports = new JdbiSlaReports(database);
        var breaches = new JdbiSlaBreaches(database);
        var webhooks = new JdbiWebhooks(database);
        var counters = new JdbiCounters(database);
        var storage = new JdbiBackupStorage(database);
        ExportBackup export = new ExportBackupService(new ExportBackupService.Sources(systems, dependencies, checks,
                incidents, windows, reports, breaches, webhooks, counters, apiKeys), storage, clock);
        ImportBackup importer = new ImportBackupService(new ImportBackupService.Targets(systems, dependencies, checks,
                incidents, windows, reports, breaches, webhooks, counters, apiKeys), storage, transactions,
                new Re2RegexSyntax(), random);
        return new BackupUseCases(export, importer);
    }

    /** The use cases over a database opened on its own (the CLI's). */
    static BackupUseCases of(SqliteDatabase database, RandomGenerator random, Clock clock) {
        return of(database, new JdbiSystems(database), new JdbiDependencies(database), new JdbiApiKeys(database),
                new JdbiTransactions(database), random, clock);
    }
}
