package dev.vigil.application.port.out;

import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.Username;
import java.util.Optional;

/** Where admin accounts (usernames and password hashes) are kept. */
public interface AdminAccounts {
    /** Stores a new account or replaces the stored state of the one with the same username. */
    void save(AdminAccount account);

    Optional<AdminAccount> byUsername(Username username);
}
