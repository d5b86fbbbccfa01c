package dev.vigil.application.port.in.account;

import dev.vigil.domain.account.Password;
import java.util.Optional;

/**
 * Makes sure the admin user can log in: with the password given from the environment ({@code VIGIL_ADMIN_PASSWORD}),
 * or, on the first start without one, with a generated password that is returned to be shown once.
 */
public interface ProvisionAdminUser {
    Optional<Password> provision(Optional<Password> fromEnvironment);
}
