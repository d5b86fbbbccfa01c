package dev.vigil.adapters.web.ecosystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.web.page.Representation;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** {@code /api/v2/*.json}: Atlassian Statuspage's public API v2, read-only, public, open to any origin. */
public final class StatuspageController {
    private final PublicDocuments documents;
    private final Origin origin;
    private final ObjectMapper mapper;

    public StatuspageController(PublicDocuments documents, Origin origin, ObjectMapper mapper) {
        this.documents = documents;
        this.origin = origin;
        this.mapper = mapper;
    }

    public void summary(Context ctx) {
        serve(ctx, "summary", StatuspageV2::summary);
    }

    public void status(Context ctx) {
        serve(ctx, "status", StatuspageV2::status);
    }

    public void components(Context ctx) {
        serve(ctx, "components", StatuspageV2::components);
    }

    public void incidents(Context ctx) {
        serve(ctx, "incidents", StatuspageV2::incidents);
    }

    public void unresolvedIncidents(Context ctx) {
        serve(ctx, "incidents/unresolved", StatuspageV2::unresolved);
    }

    public void maintenances(Context ctx) {
        serve(ctx, "scheduled-maintenances", StatuspageV2::maintenances);
    }

    public void upcomingMaintenances(Context ctx) {
        serve(ctx, "scheduled-maintenances/upcoming", StatuspageV2::upcoming);
    }

    public void activeMaintenances(Context ctx) {
        serve(ctx, "scheduled-maintenances/active", StatuspageV2::active);
    }

    private void serve(Context ctx, String name, Function<PublicView, Object> document) {
        Published.serve(ctx, documents.document("v2 " + name, origin.of(ctx), view -> json(document.apply(view))),
                Published.JSON_CACHING);
    }

    private Representation json(Object document) {
        try {
            return Representation.of(mapper.writeValueAsBytes(document), "application/json");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
