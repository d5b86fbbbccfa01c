package dev.vigil.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.adapters.web.Json;
import dev.vigil.adapters.web.backup.BackupJsonWriter;
import dev.vigil.adapters.web.backup.BackupReader;
import dev.vigil.adapters.web.backup.ImportResponse;
import dev.vigil.application.port.in.backup.ExportBackupQuery;
import dev.vigil.application.port.in.backup.ImportBackupCommand;
import dev.vigil.application.port.in.backup.ImportMode;
import dev.vigil.application.port.in.backup.ImportReport;
import dev.vigil.application.port.in.backup.InvalidBackup;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's verbs on the same jar (issue 7): {@code export}, {@code import} and {@code backup}. Each opens the
 * database file directly, so it works whether or not a server runs on it (SQLite lets readers work beside the
 * server, and a writer waits up to 5 s for the server's write lock).
 */
final class OperationsCommands {
    static final String BACKUP_USAGE = """
            Usage: java -jar vigil.jar backup [--out FILE] [--db FILE]

            Writes a consistent copy of the database (SQLite's VACUUM INTO) while Vigil may keep serving,
            and prints the copy's path. The copy is a complete Vigil database: check history, secrets and
            API keys included. Restore it by stopping Vigil and copying it over the database file.
              --out FILE   where to write the copy; it must not exist
                           (default: vigil-backup-<UTC time>.db beside the database)
              --db FILE    SQLite database file (VIGIL_DB, default ./data/vigil.db)
            """;
    static final String EXPORT_USAGE = """
            Usage: java -jar vigil.jar export [--out FILE] [--include-secrets] [--logs-only] [--db FILE]

            Writes every entity (systems, dependencies with their checks, the whole status log, incidents,
            maintenance windows, SLA reports and breaches, webhooks) as one JSON document, the same as
            GET /api/export, to standard output or to FILE. Works while the server runs.
              --out FILE          write to FILE (replaced when it exists) and print its path
              --include-secrets   include check headers and bodies, push token hashes, webhook URLs, bot
                                  tokens and signing secrets, and the API keys' hashes
              --logs-only         the status log alone (as GET /api/export/logs)
              --db FILE           SQLite database file (VIGIL_DB, default ./data/vigil.db)
            """;
    static final String IMPORT_USAGE = """
            Usage: java -jar vigil.jar import FILE [--mode merge|replace] [--db FILE]

            Loads an export (of Vigil, or of the service it replaces: "version": "1.0") into the database,
            the same as POST /api/import: the whole document is checked first, then loaded in one
            transaction, or nothing is. Prints what was imported as JSON.
              --mode merge     upsert every entity by id; loading the same file twice changes nothing (default)
              --mode replace   empty the data first (API keys only when the file holds some)
              --db FILE        SQLite database file (VIGIL_DB, default ./data/vigil.db)
            While a server runs on the database, prefer POST /api/import: this command waits up to 5 s
            for the server's writes, and the server waits for it.
            """;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;

    OperationsCommands(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
    }

    /** Runs {@code verb} with {@code args}; returns the exit code (0 done, 1 failed, 2 usage error). */
    int run(String verb, List<String> args) {
        switch (verb) {
            case "backup":
                return backup(args);
            case "export":
                return export(args);
            case "import":
                return importFile(args);
            default:
                throw new IllegalArgumentException("unknown command '" + verb + "'");
        }
    }

    private int backup(List<String> args) {
        Flags flags = Flags.parse(args, Set.of("--out", "--db"), Set.of("--help"));
        if (flags.has("--help")) {
            out.print(BACKUP_USAGE);
            return 0;
        }
        Path database = AppConfig.databasePath(flags.last(), env);
        Path target = flags.has("--out") ? Path.of(flags.last().get("--out"))
                : database.toAbsolutePath().resolveSibling("vigil-backup-" + STAMP.format(clock.instant()) + ".db");
        try {
            out.println(SqliteDatabase.backup(database, target));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("vigil: backup failed: " + e.getMessage());
            return 1;
        }
    }

    private int export(List<String> args) {
        Flags flags = Flags.parse(args, Set.of("--out", "--db"), Set.of("--help", "--include-secrets", "--logs-only"));
        if (flags.has("--help")) {
            out.print(EXPORT_USAGE);
            return 0;
        }
        Path database = AppConfig.databasePath(flags.last(), env);
        if (!Files.isRegularFile(database)) {
            err.println("vigil: export failed: there is no database at " + database.toAbsolutePath());
            return 1;
        }
        var query = new ExportBackupQuery(flags.has("--include-secrets"), flags.has("--logs-only"));
        try (SqliteDatabase db = SqliteDatabase.open(database, clock)) {
            BackupUseCases useCases = BackupUseCases.of(db, new SecureRandom(), clock);
            String version = BuildInfo.load().version();
            if (!flags.has("--out")) {
                useCases.export().export(query, new BackupJsonWriter(out, version));
                out.flush();
                return 0;
            }
            Path target = Path.of(flags.last().get("--out")).toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
                useCases.export().export(query, new BackupJsonWriter(file, version));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println(target);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("vigil: export failed: " + e.getMessage());
            return 1;
        }
    }

    private int importFile(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            out.print(IMPORT_USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        Path file = Path.of(args.get(0));
        Flags flags = Flags.parse(args.subList(1, args.size()), Set.of("--mode", "--db"), Set.of("--help"));
        if (flags.has("--help")) {
            out.print(IMPORT_USAGE);
            return 0;
        }
        ImportMode mode = ImportMode.fromWire(flags.last().getOrDefault("--mode", "merge"));
        Path database = AppConfig.databasePath(flags.last(), env);
        ObjectMapper mapper = Json.mapper();
        BackupReader.Document document;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            document = BackupReader.read(in, mapper);
        } catch (IOException e) {
            err.println("vigil: import failed: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (InvalidBackup e) {
            return refused(e);
        }
        if (mode == ImportMode.REPLACE && !document.complete()) {
            err.println("vigil: import failed: --mode replace needs a complete export; " + file
                    + " holds only the status log");
            return 1;
        }
        try (SqliteDatabase db = SqliteDatabase.open(database, clock)) {
            ImportReport report = BackupUseCases.of(db, new SecureRandom(), clock).importer()
                    .importBackup(new ImportBackupCommand(document.content(), mode));
            out.println(mapper.writeValueAsString(ImportResponse.of(report, document.version())));
            return 0;
        } catch (InvalidBackup e) {
            return refused(e);
        } catch (IOException e) {
            err.println("vigil: import failed: " + e.getMessage());
            return 1;
        }
    }

    private int refused(InvalidBackup e) {
        err.println("vigil: import failed: the document cannot be loaded; nothing changed. Problems:");
        e.problems().forEach(problem -> err.println("  " + problem));
        return 1;
    }
}
