package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.SessionId;
import dev.vigil.domain.account.Username;
import java.time.Instant;
import java.util.Optional;

/** Admin sessions in the {@code admin_sessions} table, under the hash of their token. */
public final class JdbiAdminSessions implements AdminSessions {
    private final SqliteDatabase database;

    public JdbiAdminSessions(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void save(AdminSession session) {
        database.write(h -> {
            h.attach(AdminSessionDao.class).upsert(AdminSessionRow.of(session));
            return null;
        });
    }

    @Override
    public Optional<AdminSession> byId(SessionId id) {
        return database.read(h -> h.attach(AdminSessionDao.class).byId(id.hex())).map(AdminSessionRow::toDomain);
    }

    @Override
    public void delete(SessionId id) {
        database.write(h -> {
            h.attach(AdminSessionDao.class).delete(id.hex());
            return null;
        });
    }

    @Override
    public void deleteOf(Username username) {
        database.write(h -> {
            h.attach(AdminSessionDao.class).deleteOf(username.value());
            return null;
        });
    }

    @Override
    public void deleteInactive(Instant startedUpTo, Instant seenUpTo) {
        database.write(h -> {
            h.attach(AdminSessionDao.class).deleteInactive(Columns.millis(startedUpTo), Columns.millis(seenUpTo));
            return null;
        });
    }
}
