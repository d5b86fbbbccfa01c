package dev.vigil.bootstrap;

import dev.vigil.adapters.persistence.SqliteDatabase;
import java.io.PrintStream;
import java.nio.file.Path;
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
}
