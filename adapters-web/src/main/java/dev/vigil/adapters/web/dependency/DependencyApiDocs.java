package dev.vigil.adapters.web.dependency;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The dependency routes as the OpenAPI document describes them. */
public final class DependencyApiDocs {
    private static final String TAG = "Dependencies";

    private DependencyApiDocs() {
    }

    private static ObjectNode details(boolean create) {
        return S.object(create ? S.required("name", S.text("At most 200 characters.")) : S.optional("name", S.text("")),
                S.optional("description", S.text("")),
                S.optional("criticality", S.oneOf("critical (default): its outage is the system's; minor: it only "
                        + "degrades the system.", "critical", "minor")));
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/systems/{id}/dependencies", TAG, "List a system's dependencies")
                        .answers(200, "Its dependencies, by name.", DependencyResponse[].class).build(),
                post("/api/systems/{id}/dependencies", TAG, "Add a dependency to a system").body(details(true))
                        .answers(201, "The dependency (green).", DependencyResponse.class).build(),
                get("/api/dependencies/{id}", TAG, "Show a dependency, with its check")
                        .answers(200, "The dependency.", DependencyResponse.class).build(),
                put("/api/dependencies/{id}", TAG, "Change a dependency").description("Partial; a new criticality "
                        + "derives the system's status again.").body(details(false))
                        .answers(200, "The dependency.", DependencyResponse.class).build(),
                delete("/api/dependencies/{id}", TAG, "Delete a dependency").description("The system's status is "
                        + "derived again; the status log keeps the history.").noContent("Deleted.").build(),
                post("/api/dependencies/{id}/status", TAG, "Set a dependency's status")
                        .body(S.object(S.required("status", S.oneOf("", "green", "yellow", "red", "maintenance")),
                                S.optional("message", S.text(""))))
                        .answers(200, "The dependency.", DependencyResponse.class).build());
    }
}
