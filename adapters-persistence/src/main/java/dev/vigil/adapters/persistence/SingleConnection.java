package dev.vigil.adapters.persistence;

import java.sql.Connection;
import org.jdbi.v3.core.ConnectionFactory;

/** Hands Jdbi the one writer connection every time and keeps it open when Jdbi is done with it. */
final class SingleConnection implements ConnectionFactory {
    private final Connection connection;

    SingleConnection(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Connection openConnection() {
        return connection;
    }

    @Override
    public void closeConnection(Connection toClose) {
        // the writer connection lives as long as the database
    }
}
