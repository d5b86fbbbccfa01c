package dev.vigil.application.service;

import dev.vigil.application.port.in.account.LogIn;
import dev.vigil.application.port.in.account.LogInCommand;
import dev.vigil.application.port.in.account.LoginOutcome;
import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.application.port.out.LoginThrottles;
import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.LoginThrottle;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;
import dev.vigil.domain.account.SessionToken;
import dev.vigil.domain.account.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Logs an operator in. Each attempt on an existing account is counted as a failure before its password is checked
 * (so guesses sent in parallel are all counted) and the count is cleared when the password is right; while the
 * throttle says wait, attempts are refused unchecked. Unknown usernames cost the same hashing time as known ones
 * and get the same refusal. A successful login also sweeps out expired sessions.
 */
public final class LogInService implements LogIn {
    private final AdminAccounts accounts;
    private final LoginThrottles throttles;
    private final AdminSessions sessions;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final RandomGenerator random;
    private final Clock clock;
    private volatile PasswordHash decoy;

    public LogInService(AdminAccounts accounts, LoginThrottles throttles, AdminSessions sessions, PasswordHasher hasher,
                        Transactions transactions, RandomGenerator random, Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.sessions = sessions;
        this.hasher = hasher;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public LoginOutcome logIn(LogInCommand command) {
        Optional<AdminAccount> account = username(command.username()).flatMap(accounts::byUsername);
        if (account.isEmpty()) {
            hasher.matches(command.password(), decoy());
            return new LoginOutcome.Refused();
        }
        Username username = account.get().username();
        Instant now = clock.instant();
        Optional<Duration> wait = transactions.inTransaction(() -> {
            LoginThrottle throttle = throttles.of(username).map(t -> t.at(now))
                    .orElseGet(() -> LoginThrottle.clean(username, now));
            Duration retryAfter = throttle.retryAfter(now);
            if (!retryAfter.isZero()) {
                return Optional.of(retryAfter);
            }
            throttles.save(throttle.failedAgain(now));
            return Optional.empty();
        });
        if (wait.isPresent()) {
            return new LoginOutcome.Throttled(wait.get());
        }
        if (!hasher.matches(command.password(), account.get().passwordHash())) {
            return new LoginOutcome.Refused();
        }
        SessionToken token = SessionToken.generate(random);
        Instant later = clock.instant();
        AdminSession session = AdminSession.start(token, username, random, later);
        transactions.run(() -> {
            throttles.clear(username);
            sessions.deleteInactive(later.minus(AdminSession.LIFETIME), later.minus(AdminSession.IDLE_TIMEOUT));
            sessions.save(session);
        });
        return new LoginOutcome.LoggedIn(session, token);
    }

    private static Optional<Username> username(String typed) {
        try {
            return Optional.of(Username.typed(typed));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private PasswordHash decoy() {
        PasswordHash hash = decoy;
        if (hash == null) {
            hash = hasher.hash(Password.attempt("a password nobody has"));
            decoy = hash;
        }
        return hash;
    }
}
