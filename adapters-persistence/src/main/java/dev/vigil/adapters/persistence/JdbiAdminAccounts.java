package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.Username;
import java.util.Optional;

/** Admin accounts in the {@code admin_accounts} table. */
public final class JdbiAdminAccounts implements AdminAccounts {
    private final SqliteDatabase database;

    public JdbiAdminAccounts(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void save(AdminAccount account) {
        database.write(h -> {
            h.attach(AdminAccountDao.class).upsert(AdminAccountRow.of(account));
            return null;
        });
    }

    @Override
    public Optional<AdminAccount> byUsername(Username username) {
        return database.read(h -> h.attach(AdminAccountDao.class).byUsername(username.value()))
                .map(AdminAccountRow::toDomain);
    }
}
