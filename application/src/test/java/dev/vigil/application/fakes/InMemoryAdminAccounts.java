package dev.vigil.application.fakes;

import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.Username;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Admin accounts in a map. */
public final class InMemoryAdminAccounts implements AdminAccounts {
    private final Map<Username, AdminAccount> accounts = new HashMap<>();

    @Override
    public synchronized void save(AdminAccount account) {
        accounts.put(account.username(), account);
    }

    @Override
    public synchronized Optional<AdminAccount> byUsername(Username username) {
        return Optional.ofNullable(accounts.get(username));
    }
}
