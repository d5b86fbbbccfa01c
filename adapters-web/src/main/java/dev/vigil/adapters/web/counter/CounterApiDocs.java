package dev.vigil.adapters.web.counter;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The counter routes as the OpenAPI document describes them. */
public final class CounterApiDocs {
    private static final String TAG = "Counters";

    private CounterApiDocs() {
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/counters", TAG, "List the public counters")
                        .description("The figures the status page and /status.json show under snapshot.")
                        .answers(200, "The counters, by name.", CounterResponse[].class).build(),
                put("/api/counters/{name}", TAG, "Set a counter")
                        .description("The name is 1 to 64 lower-case letters, digits and underscores, starting with "
                                + "a letter (messages_last_24h). At most 50 counters exist at once.")
                        .body(S.object(S.required("value", S.integer("A whole number JavaScript can represent "
                                        + "exactly.")),
                                S.optional("label", S.text("What people read; left out, the label stays as it was."))))
                        .answers(200, "The counter as stored.", CounterResponse.class)
                        .conflict("50 counters exist already").build(),
                delete("/api/counters/{name}", TAG, "Remove a counter").noContent("Removed.").build());
    }
}
