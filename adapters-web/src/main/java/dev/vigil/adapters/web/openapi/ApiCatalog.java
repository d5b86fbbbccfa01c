package dev.vigil.adapters.web.openapi;

import dev.vigil.adapters.web.analytics.AnalyticsApiDocs;
import dev.vigil.adapters.web.apikey.ApiKeyApiDocs;
import dev.vigil.adapters.web.backup.BackupApiDocs;
import dev.vigil.adapters.web.check.CheckApiDocs;
import dev.vigil.adapters.web.counter.CounterApiDocs;
import dev.vigil.adapters.web.dependency.DependencyApiDocs;
import dev.vigil.adapters.web.health.HealthApiDocs;
import dev.vigil.adapters.web.incident.IncidentApiDocs;
import dev.vigil.adapters.web.log.StatusLogApiDocs;
import dev.vigil.adapters.web.maintenance.MaintenanceApiDocs;
import dev.vigil.adapters.web.metrics.MetricsApiDocs;
import dev.vigil.adapters.web.sla.SlaApiDocs;
import dev.vigil.adapters.web.system.SystemApiDocs;
import dev.vigil.adapters.web.webhook.WebhookApiDocs;
import java.util.ArrayList;
import java.util.List;

/**
 * Every described route, area by area. A new route gets its description in its area's {@code …ApiDocs} class (a new
 * area adds its class here); {@code OpenApiTest} fails while a registered route has none, or a description names a
 * route that does not exist.
 */
public final class ApiCatalog {
    private ApiCatalog() {
    }

    public static List<ApiOperation> operations() {
        List<ApiOperation> all = new ArrayList<>();
        all.addAll(HealthApiDocs.operations());
        all.addAll(SystemApiDocs.operations());
        all.addAll(DependencyApiDocs.operations());
        all.addAll(StatusLogApiDocs.operations());
        all.addAll(CheckApiDocs.operations());
        all.addAll(IncidentApiDocs.operations());
        all.addAll(MaintenanceApiDocs.operations());
        all.addAll(AnalyticsApiDocs.operations());
        all.addAll(SlaApiDocs.operations());
        all.addAll(WebhookApiDocs.operations());
        all.addAll(ApiKeyApiDocs.operations());
        all.addAll(BackupApiDocs.operations());
        all.addAll(MetricsApiDocs.operations());
        all.addAll(CounterApiDocs.operations());
        return all;
    }
}
