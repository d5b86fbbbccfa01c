package dev.vigil.adapters.persistence;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
    @TempDir
    Path folder;
    SqliteDatabase database;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("nested/dir/vigil.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String pragma(boolean write, String name) {
        String sql = "PRAGMA " + name;
        return write
                ? database.write(h -> h.createQuery(sql).mapTo(String.class).one())
                : database.read(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void open_createsTheFolderAndTheFile_andMigrates() {
        assertThat(Files.exists(folder.resolve("nested/dir/vigil.db"))).isTrue();
        List<String> tables = database.read(h -> h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").mapTo(String.class).list());
        assertThat(tables).contains("systems", "dependencies", "status_log", "api_keys", "flyway_schema_history");
    }

    @Test
    void theWriter_hasALargerPageCache_forBatchesSpreadOverManyDependencies() {
        assertThat(pragma(true, "cache_size")).isEqualTo(String.valueOf(-SqliteDatabase.WRITER_CACHE_KIB));
        assertThat(pragma(false, "cache_size")).isEqualTo("-2000");
    }

    @Test
    void everyConnection_usesWalForeignKeysBusyTimeoutAndNormalSync() {
        for (boolean write : new boolean[] {true, false}) {
            assertThat(pragma(write, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(write, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(write, "busy_timeout")).isEqualTo(String.valueOf(SqliteDatabase.BUSY_TIMEOUT_MS));
            assertThat(pragma(write, "synchronous")).isEqualTo("1");
        }
    }

    @Test
    void readers_cannotWrite() {
        assertThatThrownBy(() -> database.read(h -> h.execute("DELETE FROM systems")))
                .hasMessageContaining("readonly");
    }

    @Test
    void aFailingTransaction_leavesNothingBehind() {
        JdbiSystems systems = new JdbiSystems(database);
        JdbiTransactions transactions = new JdbiTransactions(database);

        assertThatThrownBy(() -> transactions.run(() -> {
            systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("API"), T0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(systems.all()).isEmpty();
    }

    @Test
    void nestedUnits_joinTheOuterTransaction() {
        JdbiSystems systems = new JdbiSystems(database);
        JdbiTransactions transactions = new JdbiTransactions(database);

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("A"), T0)));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(systems.all()).isEmpty();
    }

    @Test
    void uncommittedWrites_areInvisibleToReaders_butVisibleInsideTheTransaction() {
        JdbiSystems systems = new JdbiSystems(database);
        JdbiTransactions transactions = new JdbiTransactions(database);

        transactions.run(() -> {
            MonitoredSystem system = MonitoredSystem.register(systems.nextId(), SystemFixtures.details("A"), T0);
            systems.save(system);
            assertThat(systems.byId(system.id())).isPresent();
            Integer seenByReader = runOnOtherThread(() -> database.read(
                    h -> h.createQuery("SELECT count(*) FROM systems").mapTo(Integer.class).one()));
            assertThat(seenByReader).isZero();
        });

        assertThat(systems.all()).hasSize(1);
    }

    @Test
    void concurrentWriters_loseNothing() throws Exception {
        JdbiSystems systems = new JdbiSystems(database);
        JdbiTransactions transactions = new JdbiTransactions(database);
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String name = "s-" + thread + "-" + i;
                    transactions.run(() -> systems.save(
                            MonitoredSystem.register(systems.nextId(), SystemFixtures.details(name), T0)));
                    systems.all();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(systems.all()).hasSize(threads * perThread);
    }

    @Test
    void anotherConnectionHoldingTheWriteLock_makesTheWriterWait_notFail() throws Exception {
        // Another connection (as the CLI's backup in another process would) holds the write lock for a moment.
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database.file());
             var statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO id_sequence (name, value) VALUES ('probe', 1)");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    statement.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            JdbiSystems systems = new JdbiSystems(database);
            long started = System.nanoTime();

            systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("A"), T0));

            release.join();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(250);
            assertThat(systems.all()).hasSize(1);
        }
    }

    @Test
    void reopening_keepsTheData() {
        JdbiSystems systems = new JdbiSystems(database);
        MonitoredSystem system = MonitoredSystem.register(systems.nextId(), SystemFixtures.details("A"), T0);
        systems.save(system);
        database.close();

        database = SqliteDatabase.open(folder.resolve("nested/dir/vigil.db"));

        assertThat(new JdbiSystems(database).byId(system.id())).isPresent();
    }

    @Test
    void isReachable_untilClosed() {
        assertThat(database.isReachable()).isTrue();
        database.close();
        assertThat(database.isReachable()).isFalse();
        database = SqliteDatabase.open(folder.resolve("nested/dir/vigil.db"));
    }

    // Backups and upgrades (issue 7)
    @Test
    void backupTo_writesAConsistentCopy_withoutWhatIsNotCommittedYet() throws Exception {
        JdbiSystems systems = new JdbiSystems(database);
        JdbiTransactions transactions = new JdbiTransactions(database);
        systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("Committed"), T0));
        Path copy = folder.resolve("copies/vigil-backup.db");

        Path written = transactions.inTransaction(() -> {
            systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("Pending"), T0));
            return runOnOtherThread(() -> database.backupTo(copy));
        });

        assertThat(written).isEqualTo(copy.toAbsolutePath());
        try (SqliteDatabase restored = SqliteDatabase.open(copy)) {
            assertThat(new JdbiSystems(restored).all()).extracting(MonitoredSystem::name).containsExactly("Committed");
        }
        assertThat(systems.all()).hasSize(2);
    }

    @Test
    void backupTo_refusesToOverwriteAFile() throws Exception {
        Path existing = Files.writeString(folder.resolve("taken.db"), "keep me");

        assertThatThrownBy(() -> database.backupTo(existing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void readConsistently_seesOneMomentOfTheData_whileWritersCarryOn() {
        JdbiSystems systems = new JdbiSystems(database);
        systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("Before"), T0));

        List<Integer> seen = database.readConsistently(h -> {
            int first = systems.all().size();
            runOnOtherThread(() -> {
                systems.save(MonitoredSystem.register(systems.nextId(), SystemFixtures.details("During"), T0));
                return null;
            });
            return List.of(first, systems.all().size());
        });

        assertThat(seen).containsExactly(1, 1);
        assertThat(systems.all()).hasSize(2);
    }

    private static <T> T runOnOtherThread(java.util.concurrent.Callable<T> work) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            return executor.submit(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            executor.shutdown();
        }
    }
}
