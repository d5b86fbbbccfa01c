package dev.vigil.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.ConnectionFactory;

/** A fixed-size pool of read-only connections, opened on demand and reused. */
final class ReaderPool implements ConnectionFactory, AutoCloseable {
    interface Opener {
        Connection open() throws SQLException;
    }

    private static final long WAIT_SECONDS = 30;

    private final Opener opener;
    private final int size;
    private final BlockingQueue<Connection> idle;
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    ReaderPool(Opener opener, int size) {
        this.opener = opener;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    @Override
    public Connection openConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the database is closed");
        }
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        if (open.incrementAndGet() <= size) {
            try {
                return opener.open();
            } catch (SQLException | RuntimeException e) {
                open.decrementAndGet();
                throw e;
            }
        }
        open.decrementAndGet();
        try {
            connection = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (connection == null) {
            throw new SQLException("no database connection became free within " + WAIT_SECONDS + " s");
        }
        return connection;
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        if (closed || connection.isClosed() || !connection.getAutoCommit() || !idle.offer(connection)) {
            open.decrementAndGet();
            connection.close();
        }
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        Connection connection;
        while ((connection = idle.poll()) != null) {
            connection.close();
        }
    }
}
