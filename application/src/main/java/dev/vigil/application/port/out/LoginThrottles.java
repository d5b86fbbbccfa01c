package dev.vigil.application.port.out;

import dev.vigil.domain.account.LoginThrottle;
import dev.vigil.domain.account.Username;
import java.util.Optional;

/** Where recent login failures per username are counted. */
public interface LoginThrottles {
    Optional<LoginThrottle> of(Username username);

    void save(LoginThrottle throttle);

    void clear(Username username);
}
