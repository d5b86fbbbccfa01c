package dev.vigil.application.service;

import dev.vigil.application.port.in.account.ProvisionAdminUser;
import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;
import dev.vigil.domain.account.Username;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Keeps the admin user's password in step with the environment: a given password replaces a different stored one
 * (ending every session); without one, the first start generates a password and returns it to be printed once,
 * and later starts keep whatever is stored. Hashing happens outside the write transaction: it is slow on purpose.
 */
public final class ProvisionAdminUserService implements ProvisionAdminUser {
    private final AdminAccounts accounts;
    private final AdminSessions sessions;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final RandomGenerator random;
    private final Clock clock;

    public ProvisionAdminUserService(AdminAccounts accounts, AdminSessions sessions, PasswordHasher hasher,
                                     Transactions transactions, RandomGenerator random, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public Optional<Password> provision(Optional<Password> fromEnvironment) {
        Optional<AdminAccount> existing = accounts.byUsername(Username.ADMIN);
        if (fromEnvironment.isPresent()) {
            Password wanted = fromEnvironment.get();
            if (existing.isEmpty() || !hasher.matches(wanted, existing.get().passwordHash())) {
                store(hasher.hash(wanted));
            }
            return Optional.empty();
        }
        if (existing.isPresent()) {
            return Optional.empty();
        }
        Password generated = Password.generate(random);
        PasswordHash hash = hasher.hash(generated);
        boolean created = transactions.inTransaction(() -> {
            if (accounts.byUsername(Username.ADMIN).isPresent()) {
                return false;
            }
            accounts.save(AdminAccount.create(Username.ADMIN, hash, clock.instant()));
            return true;
        });
        return created ? Optional.of(generated) : Optional.empty();
    }

    private void store(PasswordHash hash) {
        transactions.run(() -> accounts.byUsername(Username.ADMIN).ifPresentOrElse(account -> {
            accounts.save(account.withPassword(hash, clock.instant()));
            sessions.deleteOf(Username.ADMIN);
        }, () -> accounts.save(AdminAccount.create(Username.ADMIN, hash, clock.instant()))));
    }
}
