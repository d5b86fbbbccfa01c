package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.LoginThrottles;
import dev.vigil.domain.account.LoginThrottle;
import dev.vigil.domain.account.Username;
import java.util.Optional;

/** Recent login failures in the {@code login_throttles} table. */
public final class JdbiLoginThrottles implements LoginThrottles {
    private final SqliteDatabase database;

    public JdbiLoginThrottles(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<LoginThrottle> of(Username username) {
        return database.read(h -> h.attach(LoginThrottleDao.class).of(username.value())).map(LoginThrottleRow::toDomain);
    }

    @Override
    public void save(LoginThrottle throttle) {
        database.write(h -> {
            h.attach(LoginThrottleDao.class).upsert(LoginThrottleRow.of(throttle));
            return null;
        });
    }

    @Override
    public void clear(Username username) {
        database.write(h -> {
            h.attach(LoginThrottleDao.class).clear(username.value());
            return null;
        });
    }
}
