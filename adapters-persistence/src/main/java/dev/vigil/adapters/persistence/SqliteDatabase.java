package dev.vigil.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file Vigil keeps everything in. Writes go through one connection, one {@code IMMEDIATE} transaction at
 * a time; reads use a small pool of read-only connections, which WAL mode lets run beside the writer. Every
 * connection has WAL, {@code synchronous=NORMAL}, foreign keys and a busy timeout (other processes, such as the
 * CLI's backup, may hold the file briefly).
 */
public final class SqliteDatabase implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * Page cache of the writer in KiB (SQLite's default is 2 MiB). Check results are clustered by dependency, so a
     * batch touches one leaf page per dependency; with a thousand dependencies that working set outgrows 2 MiB and
     * every batch would read pages back from disk.
     */
    static final int WRITER_CACHE_KIB = 32 * 1024;
    private static final int READERS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);

    private final Path file;
    private final Connection writerConnection;
    private final Jdbi writer;
    private final ReaderPool readerPool;
    private final Jdbi readers;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Handle> transaction = new ThreadLocal<>();
    private final ThreadLocal<Handle> snapshot = new ThreadLocal<>();

    private SqliteDatabase(Path file, Connection writerConnection, ReaderPool readerPool) {
        this.file = file;
        this.writerConnection = writerConnection;
        this.writer = Jdbi.create(new SingleConnection(writerConnection)).installPlugin(new SqlObjectPlugin());
        this.readerPool = readerPool;
        this.readers = Jdbi.create(readerPool).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (creating it and its folder when missing) and migrates the database at {@code file}. */
    public static SqliteDatabase open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens (creating it and its folder when missing) and migrates the database at {@code file}; a database with an
     * older schema is first copied beside itself, the copy named with the versions and the time on {@code clock}.
     */
    public static SqliteDatabase open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of database " + absolute, e);
        }
        String url = "jdbc:sqlite:" + absolute;
        migrate(absolute, url, clock);
        try {
            Connection writerConnection = config(false).createConnection(url);
            ReaderPool pool = new ReaderPool(() -> {
                Connection c = config(true).createConnection(url);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = ON");
                }
                return c;
            }, READERS);
            return new SqliteDatabase(absolute, writerConnection, pool);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open database " + absolute + ": " + e.getMessage(), e);
        }
    }

    static SQLiteConfig config(boolean reader) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (!reader) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setCacheSize(-WRITER_CACHE_KIB);
        }
        return config;
    }

    private static void migrate(Path file, String url, Clock clock) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config(false));
        dataSource.setUrl(url);
        SchemaUpgrade.run(file, dataSource, clock);
    }

    /**
     * Runs {@code work} in a write transaction: committed when it returns, rolled back when it throws. Called while
     * the thread already has one open, it joins that transaction.
     */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        Handle current = transaction.get();
        if (current != null) {
            return work.withHandle(current);
        }
        writeLock.lock();
        try {
            return writer.inTransaction(handle -> {
                transaction.set(handle);
                try {
                    return work.withHandle(handle);
                } finally {
                    transaction.remove();
                }
            });
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a reader, or inside the thread's open write transaction so it sees its own writes. */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        Handle current = transaction.get();
        if (current == null) {
            current = snapshot.get();
        }
        if (current != null) {
            return work.withHandle(current);
        }
        return readers.withHandle(work);
    }

    /** True when the database answers a query. */
    public boolean isReachable() {
        try {
            return read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            LOG.warn("database {} does not answer: {}", file, e.getMessage());
            return false;
        }
    }

    public Path file() {
        return file;
    }

    // Backups and upgrades (issue 7)
    /**
     * Runs {@code work} against one consistent view of the database: every read the thread makes meanwhile (through
     * {@link #read}) sees the data as it was when the first of them ran, while writers carry on (WAL). For long reads
     * such as an export. Inside a write transaction, the reads simply join it.
     */
    public <T> T readConsistently(HandleCallback<T, RuntimeException> work) {
        Handle current = transaction.get();
        if (current == null) {
            current = snapshot.get();
        }
        if (current != null) {
            return work.withHandle(current);
        }
        return readers.inTransaction(handle -> {
            snapshot.set(handle);
            try {
                return work.withHandle(handle);
            } finally {
                snapshot.remove();
            }
        });
    }

    /**
     * Writes a consistent copy of the database (SQLite's {@code VACUUM INTO}) to {@code target}, which must not exist;
     * writers carry on meanwhile. Returns the copy's absolute path.
     */
    public Path backupTo(Path target) {
        return backup(file, target);
    }

    /**
     * Writes a consistent copy of the database {@code file} (SQLite's {@code VACUUM INTO}) to {@code target}, which
     * must not exist, without opening or migrating it: works on any schema version, and while Vigil serves from it.
     * Returns the copy's absolute path.
     */
    public static Path backup(Path file, Path target) {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("there is no database at " + source);
        }
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + absolute, e);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config(true));
        dataSource.setUrl("jdbc:sqlite:" + source);
        SchemaUpgrade.copyInto(dataSource, absolute);
        return absolute;
    }

    /** The copies taken before schema upgrades that are kept beside the database, oldest first. */
    public java.util.List<Path> upgradeBackups() {
        return SchemaUpgrade.backupsOf(file);
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            readerPool.close();
            writerConnection.close();
        } catch (SQLException e) {
            LOG.warn("closing database {}: {}", file, e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }
}
