package dev.vigil.application.port.in.apikey;

import dev.vigil.domain.apikey.ApiKey;
import java.util.List;

/** Every API key, oldest first (without secrets: Vigil does not have them). */
public interface ListApiKeys {
    List<ApiKey> list();
}
