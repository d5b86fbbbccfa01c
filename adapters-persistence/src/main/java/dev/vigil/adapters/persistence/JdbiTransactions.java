package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.Transactions;
import java.util.function.Supplier;

/** Units of work as SQLite write transactions on the single writer connection. */
public final class JdbiTransactions implements Transactions {
    private final SqliteDatabase database;

    public JdbiTransactions(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.write(handle -> work.get());
    }
}
