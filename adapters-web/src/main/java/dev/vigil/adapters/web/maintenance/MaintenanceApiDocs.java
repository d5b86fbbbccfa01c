package dev.vigil.adapters.web.maintenance;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The maintenance window routes as the OpenAPI document describes them. */
public final class MaintenanceApiDocs {
    private static final String TAG = "Maintenance";

    private MaintenanceApiDocs() {
    }

    private static ObjectNode window(boolean create) {
        return S.object(create ? S.required("title", S.text("")) : S.optional("title", S.text("")),
                S.optional("description", S.text("")),
                create ? S.required("start_time", S.time("Not in the past.")) : S.optional("start_time", S.time("")),
                create ? S.required("end_time", S.time("After the start; at most 31 days later."))
                        : S.optional("end_time", S.time("")),
                S.optional("system_ids", S.ids("Existing systems; none means every system.")));
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/maintenances", TAG, "List maintenance windows, latest start first")
                        .query("limit", S.integer("")).query("offset", S.integer(""))
                        .answers(200, "Windows.", MaintenanceResponse[].class).build(),
                post("/api/maintenances", TAG, "Schedule a maintenance window").body(window(true))
                        .answers(201, "The window.", MaintenanceResponse.class).build(),
                get("/api/maintenances/active", TAG, "Windows in progress")
                        .answers(200, "Windows.", MaintenanceResponse[].class).build(),
                get("/api/maintenances/upcoming", TAG, "Windows to come, earliest first")
                        .answers(200, "Windows.", MaintenanceResponse[].class).build(),
                get("/api/maintenances/{id}", TAG, "Show a window").answers(200, "The window.",
                        MaintenanceResponse.class).build(),
                put("/api/maintenances/{id}", TAG, "Reschedule a window").description("Partial.").body(window(false))
                        .answers(200, "The window.", MaintenanceResponse.class)
                        .conflict("a completed or cancelled window is history").build(),
                delete("/api/maintenances/{id}", TAG, "Delete a window that never took effect").noContent("Deleted.")
                        .conflict("the window took effect").build(),
                post("/api/maintenances/{id}/cancel", TAG, "Call a window off (or end it now)")
                        .answers(200, "The window.", MaintenanceResponse.class)
                        .conflict("it is cancelled or completed already").build());
    }
}
