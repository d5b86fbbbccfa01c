package dev.vigil.adapters.web.health;

import static dev.vigil.adapters.web.openapi.ApiOperation.get;

import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The health routes as the OpenAPI document describes them. */
public final class HealthApiDocs {
    private static final String TAG = "Operations";

    private HealthApiDocs() {
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/healthz", TAG, "Liveness").answersAs(200, "The process serves.", "application/json",
                        S.object(S.required("status", S.oneOf("", "ok")))).build(),
                get("/readyz", TAG, "Readiness").answersAs(200, "The database answers.", "application/json",
                        S.object(S.required("status", S.oneOf("", "ready"))))
                        .answersAs(503, "The database does not answer.", "application/json",
                                S.object(S.required("error", S.text("")))).build());
    }
}
