package dev.vigil.application.fakes;

import dev.vigil.application.port.in.backup.BackupContent;
import dev.vigil.application.port.in.backup.BackupHeader;
import dev.vigil.application.port.in.backup.BackupWriter;
import dev.vigil.application.port.in.backup.ExportedDependency;
import dev.vigil.application.port.in.backup.ImportedCheck;
import dev.vigil.application.port.in.backup.ImportedDependency;
import dev.vigil.application.port.in.backup.ImportedSystem;
import dev.vigil.application.port.in.backup.ImportedWebhook;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.webhook.Webhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link dev.vigil.application.port.in.backup.BackupWriter} that keeps what it is given, in the order of the
 * calls, and turns it back into content to import: what a backup document carries, without its JSON.
 */
public final class CollectedBackup implements BackupWriter {
    public final List<String> calls = new ArrayList<>();
    public BackupHeader header;
    public final List<MonitoredSystem> systems = new ArrayList<>();
    public final List<ExportedDependency> dependencies = new ArrayList<>();
    public final List<StatusLogEntry> log = new ArrayList<>();
    public final List<Incident> incidents = new ArrayList<>();
    public final List<MaintenanceWindow> maintenances = new ArrayList<>();
    public final List<SlaReport> slaReports = new ArrayList<>();
    public final List<SlaBreach> slaBreaches = new ArrayList<>();
    public final List<Webhook> webhooks = new ArrayList<>();
    public final List<Counter> counters = new ArrayList<>();
    public final List<ApiKey> apiKeys = new ArrayList<>();
    private boolean keysWritten;

    @Override
    public void begin(BackupHeader header) {
        calls.add("begin");
        this.header = header;
    }

    @Override
    public void systems(Stream<MonitoredSystem> s) {
        calls.add("systems");
        s.forEach(systems::add);
    }

    @Override
    public void dependencies(Stream<ExportedDependency> d) {
        calls.add("dependencies");
        d.forEach(dependencies::add);
    }

    @Override
    public void statusLog(Stream<StatusLogEntry> entries) {
        calls.add("statusLog");
        entries.forEach(log::add);
    }

    @Override
    public void incidents(Stream<Incident> i) {
        calls.add("incidents");
        i.forEach(incidents::add);
    }

    @Override
    public void maintenances(Stream<MaintenanceWindow> w) {
        calls.add("maintenances");
        w.forEach(maintenances::add);
    }

    @Override
    public void slaReports(Stream<SlaReport> r) {
        calls.add("slaReports");
        r.forEach(slaReports::add);
    }

    @Override
    public void slaBreaches(Stream<SlaBreach> b) {
        calls.add("slaBreaches");
        b.forEach(slaBreaches::add);
    }

    @Override
    public void webhooks(Stream<Webhook> w) {
        calls.add("webhooks");
        w.forEach(webhooks::add);
    }

    @Override
    public void counters(Stream<Counter> c) {
        calls.add("counters");
        c.forEach(counters::add);
    }

    @Override
    public void apiKeys(Stream<ApiKey> k) {
        calls.add("apiKeys");
        keysWritten = true;
        k.forEach(apiKeys::add);
    }

    @Override
    public void end() {
        calls.add("end");
    }

    /** What a document of this export would hand to an import; secrets withheld unless the export held them. */
    public BackupContent toContent() {
        boolean secrets = header.secretsIncluded();
        List<ImportedDependency> deps = dependencies.stream().map(d -> new ImportedDependency(d.dependency(),
                d.check().map(c -> secrets ? ImportedCheck.complete(c) : withheld(c)))).toList();
        List<ImportedWebhook> hooks = webhooks.stream().map(w -> secrets ? ImportedWebhook.complete(w)
                : new ImportedWebhook(w.id(), w.name(), w.type(), Optional.empty(), Optional.empty(), w.filter(),
                w.enabled(), w.createdAt(), w.updatedAt())).toList();
        return new BackupContent(systems.stream().map(s -> new ImportedSystem(s, false)).toList(), deps, log,
                incidents, maintenances, slaReports, slaBreaches, hooks, List.copyOf(counters),
                keysWritten ? Optional.of(List.copyOf(apiKeys)) : Optional.empty(), List.of());
    }

    private static ImportedCheck withheld(Check c) {
        if (c.spec() instanceof HttpCheck http) {
            return new ImportedCheck(c.withSpec(new HttpCheck(http.url(), http.method(), http.expectedStatus(),
                    http.bodyRule(), Map.of(), "", http.timeout(), http.interval(), http.degradedLatency())), true,
                    http.headers().keySet(), !http.body().isEmpty());
        }
        if (c.spec() instanceof PushCheck push) {
            return new ImportedCheck(c.withSpec(push.withTokenHash(ImportedCheck.WITHHELD_TOKEN)), true,
                    java.util.Set.of(), false);
        }
        return ImportedCheck.complete(c);
    }
}
