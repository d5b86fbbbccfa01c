package dev.vigil.adapters.web.ecosystem;

import static dev.vigil.adapters.web.openapi.ApiOperation.get;

import dev.vigil.adapters.web.openapi.ApiOperation;
import java.util.List;

/** The Statuspage-compatible routes (issue 8) as the OpenAPI document describes them. */
public final class StatuspageApiDocs {
    private static final String TAG = "Statuspage-compatible";
    private static final String SHAPES = "Atlassian Statuspage's public API v2 shapes (docs/api.md); public, CORS open, "
            + "ETag and Cache-Control: public, max-age=30.";

    private StatuspageApiDocs() {
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/v2/summary.json", TAG, "Page summary").description(SHAPES + " Status indicator, "
                        + "components, unresolved incidents, maintenance to come and in progress.")
                        .answers(200, "The summary.", StatuspageV2.SummaryDocument.class).build(),
                get("/api/v2/status.json", TAG, "Page status").description(SHAPES
                        + " The indicator blends the public systems' statuses and open incidents' impact.")
                        .answers(200, "The indicator and its description.", StatuspageV2.StatusDocument.class).build(),
                get("/api/v2/components.json", TAG, "Components").description(SHAPES
                        + " Systems are component groups; their dependencies are the groups' components.")
                        .answers(200, "Groups, each followed by its components.",
                                StatuspageV2.ComponentsDocument.class).build(),
                get("/api/v2/incidents.json", TAG, "Incidents").description(SHAPES
                        + " The 50 most recent incidents of the last 90 days, with public updates newest first.")
                        .answers(200, "The incidents.", StatuspageV2.IncidentsDocument.class).build(),
                get("/api/v2/incidents/unresolved.json", TAG, "Unresolved incidents").description(SHAPES)
                        .answers(200, "Incidents investigating, identified or monitoring.",
                                StatuspageV2.IncidentsDocument.class).build(),
                get("/api/v2/scheduled-maintenances.json", TAG, "Scheduled maintenances").description(SHAPES
                        + " To come, in progress and completed in the last 90 days, latest start first.")
                        .answers(200, "The maintenances.", StatuspageV2.MaintenancesDocument.class).build(),
                get("/api/v2/scheduled-maintenances/upcoming.json", TAG, "Upcoming maintenances")
                        .description(SHAPES).answers(200, "Maintenances still scheduled, soonest first.",
                                StatuspageV2.MaintenancesDocument.class).build(),
                get("/api/v2/scheduled-maintenances/active.json", TAG, "Active maintenances")
                        .description(SHAPES).answers(200, "Maintenances in progress.",
                                StatuspageV2.MaintenancesDocument.class).build());
    }
}
