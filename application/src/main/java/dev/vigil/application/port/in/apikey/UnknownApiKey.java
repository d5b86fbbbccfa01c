package dev.vigil.application.port.in.apikey;

import dev.vigil.application.port.in.EntityNotFound;
import dev.vigil.domain.apikey.ApiKeyId;

/** No API key has this id. */
public final class UnknownApiKey extends EntityNotFound {
    private static final long serialVersionUID = 1L;

    public UnknownApiKey(ApiKeyId id) {
        super("API key " + id + " not found");
    }
}
