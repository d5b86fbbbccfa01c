package dev.vigil.application.port.in.apikey;

import dev.vigil.domain.apikey.ApiKeySecret;
import java.util.Optional;

/**
 * Makes sure an administrator can get in at start-up: the key given by {@code VIGIL_ADMIN_KEY} exists (and no
 * other key from an earlier value of it does), and on a first start without one an admin key is generated.
 */
public interface ProvisionAdminAccess {
    /** Returns the generated key, to be shown once, when one had to be generated. */
    Optional<ApiKeySecret> provision(Optional<ApiKeySecret> environmentKey);
}
