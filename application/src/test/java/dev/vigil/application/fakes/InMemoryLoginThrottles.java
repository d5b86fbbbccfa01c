package dev.vigil.application.fakes;

import dev.vigil.application.port.out.LoginThrottles;
import dev.vigil.domain.account.LoginThrottle;
import dev.vigil.domain.account.Username;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Login throttles in a map. */
public final class InMemoryLoginThrottles implements LoginThrottles {
    private final Map<Username, LoginThrottle> throttles = new HashMap<>();

    @Override
    public synchronized Optional<LoginThrottle> of(Username username) {
        return Optional.ofNullable(throttles.get(username));
    }

    @Override
    public synchronized void save(LoginThrottle throttle) {
        throttles.put(throttle.username(), throttle);
    }

    @Override
    public synchronized void clear(Username username) {
        throttles.remove(username);
    }
}
