package dev.vigil.application.port.in.backup;

import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a backup document holds, each entity already rebuilt and checked by its domain type. {@code apiKeys} is
 * empty when the document carries no API key section (an export without secrets), which leaves the stored keys
 * alone even in replace mode. {@code notes} are things a reader could not carry over (a predecessor's log entry about
 * nothing it exported), reported with the outcome. Adding an entity to backups adds one list here.
 */
public record BackupContent(List<ImportedSystem> systems, List<ImportedDependency> dependencies,
                            List<StatusLogEntry> statusLog, List<Incident> incidents,
                            List<MaintenanceWindow> maintenances, List<SlaReport> slaReports,
                            List<SlaBreach> slaBreaches, List<ImportedWebhook> webhooks,
                            List<Counter> counters,
                            Optional<List<ApiKey>> apiKeys, List<String> notes) {
    public BackupContent {
        systems = List.copyOf(systems);
        dependencies = List.copyOf(dependencies);
        statusLog = List.copyOf(statusLog);
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
        slaReports = List.copyOf(slaReports);
        slaBreaches = List.copyOf(slaBreaches);
        webhooks = List.copyOf(webhooks);
        counters = List.copyOf(counters);
        apiKeys = Objects.requireNonNull(apiKeys, "apiKeys").map(List::copyOf);
        notes = List.copyOf(notes);
    }
}
