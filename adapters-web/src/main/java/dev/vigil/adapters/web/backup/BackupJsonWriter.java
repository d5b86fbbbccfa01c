package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.vigil.application.port.in.backup.BackupHeader;
import dev.vigil.application.port.in.backup.BackupWriter;
import dev.vigil.application.port.in.backup.ExportedDependency;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.webhook.Webhook;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

/**
 * Writes an export as a JSON document while the export runs: nothing is held in memory beyond one entity. Each entity
 * is on a line of its own, so that exports can be read, searched and compared with everyday tools.
 */
public final class BackupJsonWriter implements BackupWriter {
    /** The version of the document format; the predecessor's exports are version 1.0. */
    public static final String VERSION = "2.0";
    public static final String FORMAT = "vigil";

    /** Writes one entity. */
    private interface Entity<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private final JsonGenerator g;
    private final String vigilVersion;
    private boolean secrets;

    public BackupJsonWriter(OutputStream out, String vigilVersion) {
        try {
            this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            this.g.setPrettyPrinter(new LinePrinter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.vigilVersion = vigilVersion;
    }

    @Override
    public void begin(BackupHeader header) {
        secrets = header.secretsIncluded();
        io(() -> {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("version", VERSION);
            g.writeStringField("exported_at", header.exportedAt().toString());
            g.writeStringField("vigil_version", vigilVersion);
            g.writeBooleanField("secrets_included", header.secretsIncluded());
            g.writeBooleanField("log_only", header.logOnly());
        });
    }

    @Override
    public void systems(Stream<MonitoredSystem> systems) {
        section("systems", systems, BackupCodec::write);
    }

    @Override
    public void dependencies(Stream<ExportedDependency> dependencies) {
        section("dependencies", dependencies, (gen, d) -> BackupCodec.write(gen, d, secrets));
    }

    @Override
    public void statusLog(Stream<StatusLogEntry> entries) {
        section("logs", entries, BackupCodec::write);
    }

    @Override
    public void incidents(Stream<Incident> incidents) {
        section("incidents", incidents, BackupCodec::write);
    }

    @Override
    public void maintenances(Stream<MaintenanceWindow> windows) {
        section("maintenances", windows, BackupCodec::write);
    }

    @Override
    public void slaReports(Stream<SlaReport> reports) {
        section("sla_reports", reports, BackupCodec::write);
    }

    @Override
    public void slaBreaches(Stream<SlaBreach> breaches) {
        section("sla_breaches", breaches, BackupCodec::write);
    }

    @Override
    public void webhooks(Stream<Webhook> webhooks) {
        section("webhooks", webhooks, (gen, w) -> BackupCodec.write(gen, w, secrets));
    }

    @Override
    public void counters(Stream<Counter> counters) {
        section("counters", counters, BackupCodec::write);
    }

    @Override
    public void apiKeys(Stream<ApiKey> keys) {
        section("api_keys", keys, BackupCodec::write);
    }

    @Override
    public void end() {
        io(() -> {
            g.writeEndObject();
            g.flush();
        });
    }

    private <T> void section(String name, Stream<T> items, Entity<T> entity) {
        io(() -> {
            g.writeArrayFieldStart(name);
            var it = items.iterator();
            while (it.hasNext()) {
                entity.write(g, it.next());
            }
            g.writeEndArray();
        });
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
