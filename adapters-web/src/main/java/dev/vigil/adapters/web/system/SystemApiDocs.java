package dev.vigil.adapters.web.system;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import dev.vigil.adapters.web.openapi.S.Field;
import java.util.List;

/** The system routes as the OpenAPI document describes them. */
public final class SystemApiDocs {
    private static final String TAG = "Systems";

    private SystemApiDocs() {
    }

    /** The request body of create and update; create needs a name, update takes any subset. */
    private static ObjectNode details(boolean create) {
        Field name = create ? S.required("name", S.text("At most 200 characters.")) : S.optional("name", S.text(""));
        return S.object(name,
                S.optional("slug", S.text("For the public page; derived from the name when left out (create).")),
                S.optional("description", S.text("")),
                S.optional("url", S.text("An absolute http(s) URL.")),
                S.optional("owner", S.text("")),
                S.optional("visibility", S.oneOf("Default public.", "public", "private")),
                S.optional("sla_target", S.number("Percent above 0 and at most 100; default 99.9.")),
                S.optional("auto_incident_after", S.integer("Seconds in outage before an incident opens by itself, "
                        + "0 (never) to 604800; default 120.")));
    }

    static ObjectNode statusChange() {
        return S.object(S.required("status", S.oneOf("Trimmed, any case.", "green", "yellow", "red", "maintenance")),
                S.optional("message", S.text("Why, for the status log.")));
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/systems", TAG, "List systems").description("Ordered by name.")
                        .answers(200, "The systems.", SystemResponse[].class).build(),
                post("/api/systems", TAG, "Register a system").body(details(true))
                        .answers(201, "The system.", SystemResponse.class).conflict("the slug is taken").build(),
                get("/api/systems/{id}", TAG, "Show a system").answers(200, "The system.", SystemResponse.class).build(),
                put("/api/systems/{id}", TAG, "Change a system").description("Partial: fields left out keep their "
                                + "value; null clears a text field.").body(details(false))
                        .answers(200, "The system.", SystemResponse.class).conflict("the slug is taken").build(),
                delete("/api/systems/{id}", TAG, "Delete a system and its dependencies")
                        .description("The status log keeps their history.").noContent("Deleted.").build(),
                post("/api/systems/{id}/status", TAG, "Set a system's manual status").body(statusChange())
                        .answers(200, "The system, its status derived again.", SystemResponse.class).build());
    }
}
