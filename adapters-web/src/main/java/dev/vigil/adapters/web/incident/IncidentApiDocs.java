package dev.vigil.adapters.web.incident;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The incident routes as the OpenAPI document describes them. */
public final class IncidentApiDocs {
    private static final String TAG = "Incidents";
    private static final String RESOLVED = "a resolved incident changes no more but its postmortem";

    private IncidentApiDocs() {
    }

    private static ObjectNode impact() {
        return S.oneOf("", "none", "minor", "major", "critical");
    }

    private static ObjectNode visibility() {
        return S.oneOf("public (default) or internal: for API keys only, never on a public surface.", "public",
                "internal");
    }

    private static ObjectNode by() {
        return S.text("Who; default the name of the API key used.");
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/incidents", TAG, "List incidents, newest first")
                        .query("limit", S.integer("Default 50, at most 200.")).query("offset", S.integer("Default 0."))
                        .answers(200, "Incidents with their updates.", IncidentResponse[].class).build(),
                post("/api/incidents", TAG, "Open an incident")
                        .body(S.object(S.required("title", S.text("")), S.required("message", S.text("The first update.")),
                                S.optional("impact", impact()), S.optional("system_ids", S.ids("Existing systems.")),
                                S.optional("visibility", visibility()), S.optional("by", by()),
                                S.optional("started_at", S.time("Default now; not in the future."))))
                        .answers(201, "The incident.", IncidentResponse.class).build(),
                get("/api/incidents/active", TAG, "Unresolved incidents, worst first")
                        .answers(200, "Incidents.", IncidentResponse[].class).build(),
                get("/api/incidents/recent", TAG, "Incidents resolved lately")
                        .query("days", S.integer("1-365, default 7."))
                        .answers(200, "Incidents, most recently resolved first.", IncidentResponse[].class).build(),
                get("/api/incidents/{id}", TAG, "Show an incident").answers(200, "The incident.", IncidentResponse.class)
                        .build(),
                put("/api/incidents/{id}", TAG, "Change an incident").description("Partial.")
                        .body(S.object(S.optional("title", S.text("")), S.optional("impact", impact()),
                                S.optional("system_ids", S.ids("")), S.optional("postmortem", S.text(""))))
                        .answers(200, "The incident.", IncidentResponse.class).conflict(RESOLVED).build(),
                delete("/api/incidents/{id}", TAG, "Delete an incident").noContent("Deleted.").build(),
                post("/api/incidents/{id}/status", TAG, "Move an incident to another state")
                        .body(S.object(S.required("state", S.oneOf("", "investigating", "identified", "monitoring",
                                "resolved")), S.optional("message", S.text("")), S.optional("visibility", visibility()),
                                S.optional("by", by())))
                        .answers(200, "The incident.", IncidentResponse.class)
                        .conflict("it is in that state already; " + RESOLVED).build(),
                get("/api/incidents/{id}/updates", TAG, "An incident's timeline, newest first")
                        .answers(200, "Updates.", IncidentUpdateResponse[].class).build(),
                post("/api/incidents/{id}/updates", TAG, "Post an update")
                        .body(S.object(S.required("message", S.text("")), S.optional("visibility", visibility()),
                                S.optional("by", by())))
                        .answers(201, "The update.", IncidentUpdateResponse.class).conflict(RESOLVED).build(),
                post("/api/incidents/{id}/acknowledge", TAG, "Acknowledge an incident")
                        .optionalBody(S.object(S.optional("by", by())))
                        .answers(200, "The incident.", IncidentResponse.class)
                        .conflict("it was acknowledged already; " + RESOLVED).build(),
                post("/api/incidents/{id}/resolve", TAG, "Resolve an incident")
                        .optionalBody(S.object(S.optional("message", S.text("")), S.optional("postmortem", S.text("")),
                                S.optional("by", by())))
                        .answers(200, "The incident.", IncidentResponse.class).conflict(RESOLVED).build());
    }
}
