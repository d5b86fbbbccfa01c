package dev.vigil.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database with an older schema copies it first, keeps five such copies, and explains a failure. */
class SchemaUpgradeTest {
    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    /** The newest schema version this build migrates to. */
    static String latestVersion(Path scratch) {
        Flyway flyway = Flyway.configure().dataSource("jdbc:sqlite:" + scratch, null, null)
                .locations("classpath:db/migration").load();
        var all = flyway.info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    /** A database migrated only up to {@code version}, as an older Vigil left it. */
    static void migrateOnlyTo(Path file, String version) {
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target(version).load().migrate();
    }

    static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    static String query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static final String V1_SYSTEM = "INSERT INTO systems (id, name, slug, visibility, sla_target, "
            + "manual_status, status, created_at, updated_at) VALUES (1, 'Checkout API', 'checkout-api', 'public', "
            + "99.9, 'operational', 'outage', 1000, 2000)";

    @Test
    void aNewDatabase_isMigrated_withoutACopy() {
        Path db = folder.resolve("vigil.db");

        SqliteDatabase.open(db, clock).close();

        assertThat(SchemaUpgrade.backupsOf(db)).isEmpty();
        try (var stream = Files.list(folder)) {
            assertThat(stream.map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).startsWith("vigil.db"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOlderSchema_isCopiedBesideTheFile_beforeItIsMigrated_andKeepsItsData() throws Exception {
        Path db = folder.resolve("vigil.db");
        migrateOnlyTo(db, "1");
        sql(db, V1_SYSTEM);
        String latest = latestVersion(folder.resolve("scratch.db"));

        try (SqliteDatabase database = SqliteDatabase.open(db, clock)) {
            assertThat(database.upgradeBackups()).hasSize(1);
            Path copy = database.upgradeBackups().get(0);
            assertThat(copy.getFileName().toString()).isEqualTo("vigil.upgrade-v1-to-v" + latest + "-20260301T120000Z.db");
            assertThat(query(copy, "SELECT MAX(version) FROM flyway_schema_history")).isEqualTo("1");
            assertThat(query(copy, "SELECT name FROM systems WHERE id = 1")).isEqualTo("Checkout API");
            long delay = database.read(h -> h.createQuery("SELECT auto_incident_after FROM systems WHERE id = 1")
                    .mapTo(Long.class).one());
            assertThat(delay).as("migrated with the new column's default").isEqualTo(120L);
        }
    }

    @Test
    void anUpToDateDatabase_isNotCopiedAgain() throws Exception {
        Path db = folder.resolve("vigil.db");
        migrateOnlyTo(db, "1");
        SqliteDatabase.open(db, clock).close();
        clock.advance(Duration.ofHours(1));

        SqliteDatabase.open(db, clock).close();

        assertThat(SchemaUpgrade.backupsOf(db)).hasSize(1);
    }

    @Test
    void onlyTheLastFiveCopies_areKept_andOtherFilesAreLeftAlone() throws Exception {
        Path db = folder.resolve("vigil.db");
        for (int day = 1; day <= 5; day++) {
            Files.writeString(folder.resolve("vigil.upgrade-v1-to-v2-2026020" + day + "T000000Z.db"), "old " + day);
        }
        Path otherDatabase = Files.writeString(folder.resolve("other.upgrade-v1-to-v2-20260101T000000Z.db"), "x");
        Path ownBackup = Files.writeString(folder.resolve("vigil-backup-20260101T000000Z.db"), "x");
        migrateOnlyTo(db, "1");

        SqliteDatabase.open(db, clock).close();

        List<String> kept = SchemaUpgrade.backupsOf(db).stream().map(p -> p.getFileName().toString()).toList();
        assertThat(kept).hasSize(5).doesNotContain("vigil.upgrade-v1-to-v2-20260201T000000Z.db")
                .contains("vigil.upgrade-v1-to-v2-20260202T000000Z.db");
        assertThat(kept.get(4)).endsWith("-20260301T120000Z.db");
        assertThat(otherDatabase).exists();
        assertThat(ownBackup).exists();
    }

    @Test
    void aFailedMigration_stopsWithAMessageSayingHowToGoBack_andLeavesTheCopy() throws Exception {
        Path db = folder.resolve("vigil.db");
        migrateOnlyTo(db, "3.2");
        sql(db, V1_SYSTEM, "CREATE TABLE webhooks (id INTEGER PRIMARY KEY)"); // the next step creates it too

        assertThatThrownBy(() -> SqliteDatabase.open(db, clock))
                .isInstanceOf(SchemaUpgradeFailed.class)
                .hasMessageContaining("from v3.2 to v")
                .hasMessageContaining("now at schema v3.2")
                .hasMessageContaining("copy " + folder.resolve("vigil.upgrade-v3.2-to-v"))
                .hasMessageContaining("to " + db.toAbsolutePath());
        List<Path> copies = SchemaUpgrade.backupsOf(db);
        assertThat(copies).hasSize(1);
        assertThat(query(copies.get(0), "SELECT name FROM systems WHERE id = 1")).isEqualTo("Checkout API");
        assertThat(query(db, "SELECT MAX(CAST(version AS REAL)) FROM flyway_schema_history WHERE success = 1"))
                .isEqualTo("3.2");
    }

    @Test
    void version7_startsTheCheckResultTotals_fromTheHistoryKept_countingEachResultOnce() throws Exception {
        Path db = folder.resolve("vigil.db");
        migrateOnlyTo(db, "4");
        String hist = "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0";
        long day = 86_400_000L;
        long hour = 3_600_000L;
        sql(db,
                // days before the daily mark: from check_daily only
                "INSERT INTO check_daily VALUES (7, 0, 100, 3, 0, 1, 9, 500, " + hist + ")",
                "INSERT INTO check_hourly VALUES (7, 0, 99, 99, 0, 1, 9, 500, " + hist + ")",
                // hours between the daily and hourly marks: from check_hourly
                "INSERT INTO check_hourly VALUES (7, " + day + ", 10, 1, 0, 1, 9, 50, " + hist + ")",
                "INSERT INTO check_results VALUES (7, " + (day + 5) + ", 2, 10, NULL, 'counted already')",
                // after the hourly mark: raw results
                "INSERT INTO check_results VALUES (7, " + (day + hour) + ", 2, 10, NULL, 'refused')",
                "INSERT INTO check_results VALUES (7, " + (day + hour + 1) + ", 0, 10, 200, NULL)",
                "INSERT INTO check_results VALUES (8, " + (day + hour) + ", 0, 10, 200, NULL)",
                "INSERT INTO check_rollup_marks VALUES ('daily', " + day + "), ('hourly', " + (day + hour) + ")");

        try (SqliteDatabase database = SqliteDatabase.open(db, clock)) {
            var totals = new JdbiOperationalCounts(database).checkResults();

            assertThat(totals.get(new dev.vigil.domain.system.DependencyId(7)))
                    .isEqualTo(new dev.vigil.application.port.out.OperationalCounts.ResultTotals(112, 5));
            assertThat(totals.get(new dev.vigil.domain.system.DependencyId(8)))
                    .isEqualTo(new dev.vigil.application.port.out.OperationalCounts.ResultTotals(1, 0));
        }
    }

    @Test
    void aDatabaseWhoseAppliedStepsWereChanged_isRefused_evenWithNothingToApply() throws Exception {
        Path db = folder.resolve("vigil.db");
        SqliteDatabase.open(db, clock).close();
        sql(db, "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");

        assertThatThrownBy(() -> SqliteDatabase.open(db, clock)).isInstanceOf(SchemaUpgradeFailed.class)
                .hasMessageContaining("does not match this version of Vigil");
        assertThat(SchemaUpgrade.backupsOf(db)).isEmpty();
    }
}
