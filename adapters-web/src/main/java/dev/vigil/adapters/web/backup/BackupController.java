package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.application.port.in.backup.ExportBackup;
import dev.vigil.application.port.in.backup.ExportBackupQuery;
import dev.vigil.application.port.in.backup.ImportBackup;
import dev.vigil.application.port.in.backup.ImportBackupCommand;
import dev.vigil.application.port.in.backup.ImportMode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Export and import over HTTP. An export streams as it is read; an import reads the whole document (up to a limit,
 * 64 MiB unless configured), checks it, and loads it in one transaction.
 */
public final class BackupController {
    /** The default limit on an import's body: 64 MiB. */
    public static final long DEFAULT_IMPORT_LIMIT = 64L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ExportBackup export;
    private final ImportBackup importBackup;
    private final ObjectMapper mapper;
    private final long importLimit;
    private final String vigilVersion;
    private final Clock clock;

    public BackupController(ExportBackup export, ImportBackup importBackup, ObjectMapper mapper, long importLimit,
                            String vigilVersion, Clock clock) {
        this.export = export;
        this.importBackup = importBackup;
        this.mapper = mapper;
        this.importLimit = importLimit;
        this.vigilVersion = vigilVersion;
        this.clock = clock;
    }

    /** {@code GET /api/export[?include_secrets=true]}: everything, as a download. */
    public void export(Context ctx) {
        stream(ctx, false);
    }

    /** {@code GET /api/export/logs}: the status log alone, as a download. */
    public void exportLogs(Context ctx) {
        stream(ctx, true);
    }

    private void stream(Context ctx, boolean logOnly) {
        download(ctx, flag(ctx, "include_secrets"), logOnly);
    }

    /** Streams an export as a download: what {@code GET /api/export} sends, and the admin UI's backup page too. */
    public void download(Context ctx, boolean secrets, boolean logOnly) {
        String name = (logOnly ? "vigil-logs-" : "vigil-export-") + STAMP.format(clock.instant()) + ".json";
        ctx.contentType("application/json");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try {
            export.export(new ExportBackupQuery(secrets, logOnly), new BackupJsonWriter(ctx.outputStream(),
                    vigilVersion));
            ctx.outputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /api/import[?mode=merge|replace]} with a document of version 2.0 or 1.0. */
    public void importBackup(Context ctx) {
        ImportMode mode = ImportMode.fromWire(param(ctx, "mode", "merge"));
        if (ctx.contentLength() > importLimit) {
            throw HttpProblem.payloadTooLarge(importLimit);
        }
        requireJson(ctx.contentType());
        ctx.json(load(ctx.bodyInputStream(), mode));
    }

    /**
     * Reads a backup document (refused past the import limit) and loads it: what {@code POST /api/import} does with
     * its body, and the admin UI's backup page with an uploaded file.
     *
     * @throws HttpProblem  when the document cannot be read, is too large, or is a log-only export for a replace
     * @throws dev.vigil.application.port.in.backup.InvalidBackup when its content breaks the rules
     */
    public ImportResponse load(InputStream in, ImportMode mode) {
        BackupReader.Document document;
        try (InputStream body = new LimitedInput(in, importLimit)) {
            document = BackupReader.read(body, mapper);
        } catch (IOException e) {
            throw HttpProblem.badRequest("unreadable request body");
        }
        if (mode == ImportMode.REPLACE && !document.complete()) {
            throw HttpProblem.badRequest("mode=replace needs a complete export; this document holds only the status log");
        }
        var report = importBackup.importBackup(new ImportBackupCommand(document.content(), mode));
        return ImportResponse.of(report, document.version());
    }

    /** The largest import accepted, in bytes. */
    public long importLimit() {
        return importLimit;
    }

    private static boolean flag(Context ctx, String name) {
        String value = param(ctx, name, "false");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw HttpProblem.badRequest(name + " must be true or false");
        };
    }

    private static String param(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (!type.equals("application/json")) {
            throw HttpProblem.unsupportedMediaType("Content-Type must be application/json");
        }
    }
}
