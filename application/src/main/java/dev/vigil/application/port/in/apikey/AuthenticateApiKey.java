package dev.vigil.application.port.in.apikey;

import dev.vigil.domain.apikey.ApiKey;
import java.util.Optional;

/** Finds the active key a presented secret belongs to, and records that it was used. */
public interface AuthenticateApiKey {
    Optional<ApiKey> authenticate(String presentedSecret);
}
