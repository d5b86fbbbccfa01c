package dev.vigil.adapters.web.apikey;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;

import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The API key routes as the OpenAPI document describes them. */
public final class ApiKeyApiDocs {
    private static final String TAG = "API keys";

    private ApiKeyApiDocs() {
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/apikeys", TAG, "List API keys").description("Secrets are never shown; the hint tells "
                        + "keys apart.").answers(200, "The keys.", ApiKeyResponse[].class).build(),
                post("/api/apikeys", TAG, "Create an API key")
                        .body(S.object(S.required("name", S.text("At most 100 characters.")),
                                S.optional("scopes", S.array("Default [\"read\"].", S.oneOf("", "read", "write",
                                        "admin"))),
                                S.optional("expires_at", S.time("In the future.")),
                                S.optional("expires_in_days", S.integer("Instead of expires_at."))))
                        .answers(201, "The key, with its secret: the only time it is shown.",
                                CreatedApiKeyResponse.class).build(),
                delete("/api/apikeys/{id}", TAG, "Revoke an API key").noContent("Revoked at once.")
                        .conflict("the key VIGIL_ADMIN_KEY manages cannot be revoked").build());
    }
}
