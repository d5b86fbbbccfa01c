package dev.vigil.application.service;

import dev.vigil.application.port.in.apikey.RevokeApiKey;
import dev.vigil.application.port.in.apikey.UnknownApiKey;
import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.ManagedKeyCannotBeRevoked;

/** Revokes a key; the one provisioned from the environment stays as long as the variable is set. */
public final class RevokeApiKeyService implements RevokeApiKey {
    private final ApiKeys keys;
    private final Transactions transactions;

    public RevokeApiKeyService(ApiKeys keys, Transactions transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    @Override
    public void revoke(ApiKeyId id) {
        transactions.run(() -> {
            ApiKey key = keys.byId(id).orElseThrow(() -> new UnknownApiKey(id));
            if (key.origin() == KeyOrigin.ENVIRONMENT) {
                throw new ManagedKeyCannotBeRevoked(id);
            }
            keys.delete(id);
        });
    }
}
