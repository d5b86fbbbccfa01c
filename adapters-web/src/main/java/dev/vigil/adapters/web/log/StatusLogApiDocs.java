package dev.vigil.adapters.web.log;

import static dev.vigil.adapters.web.openapi.ApiOperation.get;

import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The status log routes as the OpenAPI document describes them. */
public final class StatusLogApiDocs {
    private static final String TAG = "Status log";

    private StatusLogApiDocs() {
    }

    private static ApiOperation.Builder limited(ApiOperation.Builder op) {
        return op.query("limit", S.integer("How many, newest first: default 100, at most 1000."))
                .query("source", S.oneOf("Only entries with this source.", "manual", "check", "rollup",
                        "maintenance", "import"))
                .answers(200, "Entries, newest first.", LogEntryResponse[].class);
    }

    public static List<ApiOperation> operations() {
        return List.of(
                limited(get("/api/logs", TAG, "Read the status log")).build(),
                limited(get("/api/systems/{id}/logs", TAG, "Read the status log of a system and its dependencies"))
                        .build(),
                limited(get("/api/dependencies/{id}/logs", TAG, "Read the status log of a dependency")).build());
    }
}
