package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.AdminAccounts;
import dev.vigil.domain.account.AdminAccount;
import dev.vigil.domain.account.PasswordHash;
import dev.vigil.domain.account.Username;
import org.junit.jupiter.api.Test;

/** What every {@link AdminAccounts} adapter must do. */
public abstract class AdminAccountsContract {
    protected abstract AdminAccounts accounts();

    @Test
    void save_thenByUsername_returnsEveryField_andSaveAgainReplaces() {
        AdminAccount account = AdminAccount.create(Username.ADMIN, new PasswordHash("hash$one"), T0.plusMillis(3));
        accounts().save(account);
        AdminAccount changed = account.withPassword(new PasswordHash("hash$two"), T0.plusSeconds(60));

        accounts().save(changed);

        assertThat(accounts().byUsername(Username.ADMIN)).get().usingRecursiveComparison().isEqualTo(changed);
        assertThat(accounts().byUsername(new Username("someone"))).isEmpty();
    }
}
