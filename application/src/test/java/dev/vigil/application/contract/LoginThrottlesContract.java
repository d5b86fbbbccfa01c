package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.LoginThrottles;
import dev.vigil.domain.account.LoginThrottle;
import dev.vigil.domain.account.Username;
import org.junit.jupiter.api.Test;

/** What every {@link LoginThrottles} adapter must do. */
public abstract class LoginThrottlesContract {
    protected abstract LoginThrottles throttles();

    @Test
    void save_thenOf_returnsIt_andClearForgetsIt() {
        LoginThrottle throttle = new LoginThrottle(Username.ADMIN, 4, T0.plusMillis(17));
        throttles().save(throttle);
        throttles().save(throttle.failedAgain(T0.plusSeconds(2)));

        assertThat(throttles().of(Username.ADMIN)).contains(new LoginThrottle(Username.ADMIN, 5, T0.plusSeconds(2)));
        assertThat(throttles().of(new Username("other"))).isEmpty();

        throttles().clear(Username.ADMIN);

        assertThat(throttles().of(Username.ADMIN)).isEmpty();
    }
}
