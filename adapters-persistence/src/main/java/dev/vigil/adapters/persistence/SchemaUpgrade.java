package dev.vigil.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database file to the schema of this version of Vigil. Before it changes a database that already has a
 * schema, it writes a consistent copy beside the file, named with the old and new schema versions and the time
 * ({@code vigil.upgrade-v3.2-to-v4-20260301T120000Z.db}), and keeps the last {@value #KEPT} such copies. When a
 * migration fails, start-up stops with a message that says how to go back to that copy.
 */
final class SchemaUpgrade {
    /** How many pre-upgrade copies are kept beside a database. */
    static final int KEPT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SchemaUpgrade() {
    }

    /** What an upgrade did: the versions before and after, and the copy taken first (none for a new database). */
    record Outcome(Optional<String> from, Optional<String> to, Optional<Path> backup) {
    }

    /** Migrates the database {@code file} reached through {@code dataSource}, copying it first when it has a schema. */
    static Outcome run(Path file, DataSource dataSource, Clock clock) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0) {
            try {
                flyway.migrate(); // nothing to apply; validates what was applied
            } catch (FlywayException e) {
                throw new SchemaUpgradeFailed("the database schema of " + file + " does not match this version of "
                        + "Vigil: " + e.getMessage().strip(), e);
            }
            return new Outcome(Optional.ofNullable(current).map(SchemaUpgrade::version), Optional.empty(),
                    Optional.empty());
        }
        String to = version(pending[pending.length - 1]);
        Optional<Path> backup = Optional.empty();
        if (current != null) {
            String from = version(current);
            Path copy = file.resolveSibling(backupName(file, from, to, clock));
            copyInto(dataSource, copy);
            backup = Optional.of(copy);
            LOG.info("upgrading database {} from schema v{} to v{}; a copy of it as it was is at {}", file, from, to,
                    copy);
            prune(file);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new SchemaUpgradeFailed(message(file, current, to, backup, flyway, e), e);
        }
        return new Outcome(Optional.ofNullable(current).map(SchemaUpgrade::version), Optional.of(to), backup);
    }

    /** Writes a consistent copy of the database to {@code target}, which must not exist yet. */
    static void copyInto(DataSource dataSource, Path target) {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists; choose another file");
        }
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toString());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the database to " + target + ": " + e.getMessage(), e);
        }
    }

    static String backupName(Path file, String from, String to, Clock clock) {
        String[] parts = baseAndExtension(file);
        return parts[0] + ".upgrade-v" + from + "-to-v" + to + "-" + STAMP.format(clock.instant()) + parts[1];
    }

    /** The pre-upgrade copies of {@code file} in its folder, oldest first. */
    static List<Path> backupsOf(Path file) {
        String[] parts = baseAndExtension(file);
        Pattern name = Pattern.compile(Pattern.quote(parts[0]) + "\\.upgrade-v[0-9.]+-to-v[0-9.]+-(\\d{8}T\\d{6}Z)"
                + Pattern.quote(parts[1]));
        Path folder = file.toAbsolutePath().getParent();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(p -> {
                if (name.matcher(p.getFileName().toString()).matches()) {
                    found.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        found.sort(Comparator.comparing((Path p) -> stamp(name, p)).thenComparing(p -> p.getFileName().toString()));
        return found;
    }

    private static String stamp(Pattern name, Path p) {
        Matcher m = name.matcher(p.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static void prune(Path file) {
        List<Path> backups = backupsOf(file);
        for (Path old : backups.subList(0, Math.max(0, backups.size() - KEPT))) {
            try {
                Files.deleteIfExists(old);
                LOG.info("removed old pre-upgrade copy {}", old);
            } catch (IOException e) {
                LOG.warn("cannot remove old pre-upgrade copy {}: {}", old, e.getMessage());
            }
        }
    }

    private static String[] baseAndExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? new String[] {name.substring(0, dot), name.substring(dot)} : new String[] {name, ""};
    }

    private static String version(MigrationInfo info) {
        return info.getVersion().getVersion();
    }

    private static String message(Path file, MigrationInfo before, String to, Optional<Path> backup, Flyway flyway,
                                  FlywayException e) {
        String reached = Optional.ofNullable(safeCurrent(flyway)).map(SchemaUpgrade::version).orElse("none");
        StringBuilder text = new StringBuilder("upgrading the database schema of " + file)
                .append(before == null ? "" : " from v" + version(before)).append(" to v").append(to)
                .append(" failed: ").append(e.getMessage().strip())
                .append(". The database is now at schema v").append(reached)
                .append(" (each step is applied in a transaction of its own, so a failed step changed nothing).");
        if (backup.isPresent()) {
            text.append(" To go back to the database as it was: stop Vigil, remove ").append(file)
                    .append("-wal and ").append(file).append("-shm if they exist, copy ").append(backup.get())
                    .append(" to ").append(file).append(", and run the version of Vigil you ran before.");
        }
        text.append(" Or fix the cause and start this version again: it continues from v").append(reached).append('.');
        return text.toString();
    }

    private static MigrationInfo safeCurrent(Flyway flyway) {
        try {
            return flyway.info().current();
        } catch (FlywayException e) {
            return null;
        }
    }
}
