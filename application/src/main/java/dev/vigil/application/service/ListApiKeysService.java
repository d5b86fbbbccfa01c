package dev.vigil.application.service;

import dev.vigil.application.port.in.apikey.ListApiKeys;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.domain.apikey.ApiKey;
import java.util.List;

/** Lists every API key. */
public final class ListApiKeysService implements ListApiKeys {
    private final ApiKeys keys;

    public ListApiKeysService(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<ApiKey> list() {
        return keys.all();
    }
}
