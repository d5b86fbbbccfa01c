package dev.vigil.adapters.web.metrics;

import static dev.vigil.adapters.web.openapi.ApiOperation.get;

import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The metrics route as the OpenAPI document describes it. */
public final class MetricsApiDocs {
    private MetricsApiDocs() {
    }

    public static List<ApiOperation> operations() {
        return List.of(get("/metrics", "Operations", "Prometheus metrics")
                .description("Text format 0.0.4, every name prefixed vigil_; figures at most a few seconds old. "
                        + "Public when VIGIL_METRICS_PUBLIC=true.")
                .answersAs(200, "The exposition.", "text/plain; version=0.0.4", S.text("")).build());
    }
}
