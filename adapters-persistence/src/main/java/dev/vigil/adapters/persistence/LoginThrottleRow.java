package dev.vigil.adapters.persistence;

import dev.vigil.domain.account.LoginThrottle;
import dev.vigil.domain.account.Username;

/** A row of the {@code login_throttles} table. */
public record LoginThrottleRow(String username, int failures, long lastFailureAt) {

    static LoginThrottleRow of(LoginThrottle t) {
        return new LoginThrottleRow(t.username().value(), t.failures(), Columns.millis(t.lastFailureAt()));
    }

    LoginThrottle toDomain() {
        return new LoginThrottle(new Username(username), failures, Columns.instant(lastFailureAt));
    }
}
