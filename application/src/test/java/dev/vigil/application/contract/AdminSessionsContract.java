package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.application.port.out.AdminSessions;
import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.AdminSession;
import dev.vigil.domain.account.PasswordHash;
import dev.vigil.domain.account.SessionToken;
import dev.vigil.domain.account.Username;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AdminSessions} adapter must do. */
public abstract class AdminSessionsContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Username OTHER = new Username("other");

    protected abstract AdminAccounts accounts();

    protected abstract AdminSessions sessions();

    @BeforeEach
    void storeAccounts() {
        accounts().save(AdminAccount.create(Username.ADMIN, new PasswordHash("x"), T0));
        accounts().save(AdminAccount.create(OTHER, new PasswordHash("y"), T0));
    }

    private AdminSession stored(Username user, long startSecond) {
        AdminSession session = AdminSession.start(SessionToken.generate(RANDOM), user, RANDOM, T0.plusSeconds(startSecond));
        sessions().save(session);
        return session;
    }

    @Test
    void save_thenById_returnsEveryField_andSaveAgainReplaces() {
        AdminSession session = stored(Username.ADMIN, 0);
        AdminSession seen = session.seenAt(T0.plusMillis(90_123));

        sessions().save(seen);

        assertThat(sessions().byId(session.id())).get().usingRecursiveComparison().isEqualTo(seen);
    }

    @Test
    void delete_endsOneSession() {
        AdminSession a = stored(Username.ADMIN, 0);
        AdminSession b = stored(Username.ADMIN, 1);

        sessions().delete(a.id());

        assertThat(sessions().byId(a.id())).isEmpty();
        assertThat(sessions().byId(b.id())).isPresent();
    }

    @Test
    void deleteOf_endsEverySessionOfOneAccount_only() {
        AdminSession a = stored(Username.ADMIN, 0);
        AdminSession b = stored(Username.ADMIN, 1);
        AdminSession other = stored(OTHER, 2);

        sessions().deleteOf(Username.ADMIN);

        assertThat(sessions().byId(a.id())).isEmpty();
        assertThat(sessions().byId(b.id())).isEmpty();
        assertThat(sessions().byId(other.id())).isPresent();
    }

    @Test
    void deleteInactive_removesOldAndIdleSessions() {
        AdminSession old = stored(Username.ADMIN, 0);
        AdminSession idle = stored(Username.ADMIN, 100);
        AdminSession busy = stored(Username.ADMIN, 100);
        sessions().save(busy.seenAt(T0.plusSeconds(500)));
        AdminSession young = stored(Username.ADMIN, 400);
        AdminSession startedAtTheLimit = stored(Username.ADMIN, 50);
        sessions().save(startedAtTheLimit.seenAt(T0.plusSeconds(600)));
        AdminSession seenAtTheLimit = stored(Username.ADMIN, 300);

        sessions().deleteInactive(T0.plusSeconds(50), T0.plusSeconds(300));

        assertThat(sessions().byId(startedAtTheLimit.id())).isEmpty();
        assertThat(sessions().byId(seenAtTheLimit.id())).isEmpty();
        assertThat(sessions().byId(old.id())).isEmpty();
        assertThat(sessions().byId(idle.id())).isEmpty();
        assertThat(sessions().byId(busy.id())).isPresent();
        assertThat(sessions().byId(young.id())).isPresent();
    }

    @Test
    void aSessionOfAnUnknownAccount_isRejected() {
        AdminSession orphan = AdminSession.start(SessionToken.generate(RANDOM), new Username("nobody"), RANDOM, T0);

        assertThatThrownBy(() -> sessions().save(orphan)).isInstanceOf(RuntimeException.class);
        assertThat(sessions().byId(orphan.id())).isEmpty();
    }
}
