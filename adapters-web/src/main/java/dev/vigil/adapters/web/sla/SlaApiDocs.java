package dev.vigil.adapters.web.sla;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import dev.vigil.adapters.web.system.SystemResponse;
import java.util.List;

/** The SLA routes as the OpenAPI document describes them. */
public final class SlaApiDocs {
    private static final String TAG = "SLA";

    private SlaApiDocs() {
    }

    private static ObjectNode period(String description) {
        return S.oneOf(description, "month", "quarter", "year", "24h", "7d", "30d", "90d");
    }

    public static List<ApiOperation> operations() {
        return List.of(
                put("/api/systems/{id}/sla-target", TAG, "Set a system's SLA target")
                        .body(S.object(S.required("sla_target", S.number("Percent above 0 and at most 100."))))
                        .answers(200, "The system.", SystemResponse.class).build(),
                get("/api/systems/{id}/sla", TAG, "A system's SLA compliance and error budget")
                        .query("period", period("Default month."))
                        .answers(200, "Compliance.", SlaStatusResponse.class).build(),
                get("/api/systems/{id}/sla/breaches", TAG, "A system's SLA breaches, latest first")
                        .query("limit", S.integer("")).answers(200, "Breaches.", SlaBreachResponse[].class).build(),
                get("/api/sla/reports", TAG, "List stored SLA reports, newest first (without rows)")
                        .query("limit", S.integer("")).answers(200, "Reports.", SlaReportResponse[].class).build(),
                post("/api/sla/reports", TAG, "Generate and store an SLA report")
                        .optionalBody(S.object(S.optional("title", S.text("")),
                                S.optional("period", period("Default: the month so far.")),
                                S.optional("from", S.time("Instead of period.")), S.optional("to", S.time(""))))
                        .answers(201, "The report with its rows.", SlaReportResponse.class).build(),
                get("/api/sla/reports/{id}", TAG, "Show a report")
                        .query("format", S.oneOf("json (default) or csv: the rows as a download.", "json", "csv"))
                        .answers(200, "The report.", SlaReportResponse.class)
                        .answersAs(200, "With format=csv: the rows.", "text/csv", S.text("RFC 4180, a header line."))
                        .build(),
                delete("/api/sla/reports/{id}", TAG, "Delete a report").noContent("Deleted.").build(),
                get("/api/sla/breaches", TAG, "SLA breaches, latest first")
                        .query("unacknowledged", S.bool("Only those nobody acknowledged."))
                        .query("limit", S.integer("Default 50."))
                        .answers(200, "Breaches.", SlaBreachResponse[].class).build(),
                post("/api/sla/breaches/check", TAG, "Evaluate SLA breaches now")
                        .query("period", S.oneOf("Default month.", "month", "quarter", "year"))
                        .answers(200, "The breaches found now.", SlaController.CheckResponse.class).build(),
                post("/api/sla/breaches/{id}/acknowledge", TAG, "Acknowledge a breach")
                        .optionalBody(S.object(S.optional("by", S.text("Default the API key's name."))))
                        .answers(200, "The breach.", SlaBreachResponse.class).conflict("it was acknowledged already")
                        .build());
    }
}
