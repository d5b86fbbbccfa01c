package dev.vigil.application.port.in.backup;

import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.webhook.Webhook;
import java.util.stream.Stream;

/**
 * Where an export goes, one section at a time, in this order: {@link #begin}, the sections, {@link #end}. A section's
 * stream is read lazily from storage and must be consumed before the method returns. An export of the log alone
 * calls only {@link #begin}, {@link #statusLog} and {@link #end}. Adding an entity to backups adds one method here.
 */
public interface BackupWriter {
    void begin(BackupHeader header);

    void systems(Stream<MonitoredSystem> systems);

    /** Dependencies with their checks (secrets in them only when the header says so). */
    void dependencies(Stream<ExportedDependency> dependencies);

    /** The whole status log, oldest first. */
    void statusLog(Stream<StatusLogEntry> entries);

    /** Incidents with their timelines. */
    void incidents(Stream<Incident> incidents);

    void maintenances(Stream<MaintenanceWindow> windows);

    void slaReports(Stream<SlaReport> reports);

    void slaBreaches(Stream<SlaBreach> breaches);

    /** Webhooks; their URL, bot token and signing secret are written only when the header says so. */
    void webhooks(Stream<Webhook> webhooks);

    /** The public counters, in the order they were first pushed. */
    void counters(Stream<Counter> counters);

    /** API keys (their hashes are credentials): called only when the header includes secrets. */
    void apiKeys(Stream<ApiKey> keys);

    void end();
}
