package dev.vigil.adapters.persistence;

import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.PasswordHash;
import dev.vigil.domain.account.Username;

/** A row of the {@code admin_accounts} table. */
public record AdminAccountRow(String username, String passwordHash, long createdAt, long updatedAt) {

    static AdminAccountRow of(AdminAccount a) {
        return new AdminAccountRow(a.username().value(), a.passwordHash().encoded(), Columns.millis(a.createdAt()),
                Columns.millis(a.updatedAt()));
    }

    AdminAccount toDomain() {
        return AdminAccount.restore(new Username(username), new PasswordHash(passwordHash), Columns.instant(createdAt),
                Columns.instant(updatedAt));
    }
}
