package dev.vigil.adapters.web.analytics;

import static dev.vigil.adapters.web.openapi.ApiOperation.get;

import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.lang.reflect.Type;
import java.util.List;

/** The analytics routes as the OpenAPI document describes them. */
public final class AnalyticsApiDocs {
    private static final String TAG = "Analytics";

    private AnalyticsApiDocs() {
    }

    private static ApiOperation window(ApiOperation.Builder op, Type answer) {
        return op.query("period", S.oneOf("Default 24h.", "1h", "24h", "7d", "30d", "90d"))
                .query("from", S.time("Instead of period."))
                .query("to", S.time("With from; default now."))
                .answers(200, "Time-weighted uptime, availability, outages, MTTR, MTBF, incidents.", answer).build();
    }

    public static List<ApiOperation> operations() {
        return List.of(
                window(get("/api/analytics", TAG, "Overall figures, and each system's"),
                        AnalyticsResponses.OverallResponse.class),
                window(get("/api/systems/{id}/analytics", TAG, "A system's figures, with its dependencies'"),
                        AnalyticsResponses.SystemResponse.class),
                window(get("/api/dependencies/{id}/analytics", TAG, "A dependency's figures"), FigureResponse.class));
    }
}
