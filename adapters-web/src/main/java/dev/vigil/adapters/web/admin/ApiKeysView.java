package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.Scope;
import java.util.List;
import java.util.stream.Collectors;

/** API keys ({@code /admin/apikeys}): the list, the form to create one, and a new key's secret, shown once. */
public record ApiKeysView(AdminChrome chrome, String notice, String createdName, String createdSecret, List<KeyItem> keys,
                          FormState create) {

    /** A key as listed: never its secret, which Vigil does not keep. */
    public record KeyItem(long id, String name, String hint, String scopes, String origin, String created, String expires,
                      String lastUsed, boolean revocable) {
    }

    static ApiKeysView from(List<ApiKey> keys, AdminChrome chrome, String notice, String createdName,
                            String createdSecret, FormState create) {
        List<KeyItem> rows = keys.stream().map(k -> new KeyItem(k.id().value(), k.name(), k.hint().isEmpty() ? "—" : k.hint() + "…",
                k.scopes().stream().map(Scope::wireName).collect(Collectors.joining(", ")), k.origin().wireName(),
                StatusDetails.time(k.createdAt()), k.expiresAt().map(StatusDetails::time).orElse("never"),
                k.lastUsedAt().map(StatusDetails::time).orElse("never"), k.origin() != KeyOrigin.ENVIRONMENT)).toList();
        return new ApiKeysView(chrome, notice, createdName, createdSecret, rows, create);
    }
}
