package dev.vigil.adapters.web.webhook;

import static dev.vigil.adapters.web.openapi.ApiOperation.delete;
import static dev.vigil.adapters.web.openapi.ApiOperation.get;
import static dev.vigil.adapters.web.openapi.ApiOperation.post;
import static dev.vigil.adapters.web.openapi.ApiOperation.put;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.openapi.ApiOperation;
import dev.vigil.adapters.web.openapi.S;
import java.util.List;

/** The webhook routes as the OpenAPI document describes them. */
public final class WebhookApiDocs {
    private static final String TAG = "Webhooks";

    private WebhookApiDocs() {
    }

    private static ObjectNode webhook(boolean create) {
        return S.object(create ? S.required("name", S.text("At most 100 characters.")) : S.optional("name", S.text("")),
                S.optional("type", S.oneOf("Default generic.", "generic", "slack", "discord", "telegram", "teams")),
                S.optional("url", S.text("Every type but telegram: an absolute http(s) URL. Write-only.")),
                S.optional("bot_token", S.text("telegram: as BotFather gives it. Write-only.")),
                S.optional("chat_id", S.text("telegram: a numeric id or @channelname.")),
                S.optional("secret", S.text("Signs every message; generated (and shown once) when left out.")),
                S.optional("events", S.array("Default [\"status_change\"].", S.oneOf("", "status_change",
                        "incident_opened", "incident_updated", "incident_resolved", "maintenance_scheduled",
                        "maintenance_started", "maintenance_completed", "sla_breach", "heartbeat_missing"))),
                S.optional("system_ids", S.ids("Only events about these systems; [] means every system.")),
                S.optional("enabled", S.bool("Default true.")));
    }

    public static List<ApiOperation> operations() {
        return List.of(
                get("/api/webhooks", TAG, "List webhooks").description("URLs, bot tokens and secrets are masked.")
                        .answers(200, "The webhooks, by id.", WebhookResponse[].class).build(),
                post("/api/webhooks", TAG, "Register a webhook").body(webhook(true))
                        .answers(201, "The webhook; a generated secret is shown this once.", WebhookResponse.class)
                        .conflict("there are already 100 webhooks").build(),
                get("/api/webhooks/{id}", TAG, "Show a webhook").answers(200, "The webhook.", WebhookResponse.class)
                        .build(),
                put("/api/webhooks/{id}", TAG, "Change a webhook").description("Partial.").body(webhook(false))
                        .answers(200, "The webhook.", WebhookResponse.class).build(),
                delete("/api/webhooks/{id}", TAG, "Delete a webhook and its deliveries").noContent("Deleted.").build(),
                post("/api/webhooks/{id}/test", TAG, "Send a test message now")
                        .answers(200, "What really happened.", TestResultResponse.class).build(),
                get("/api/webhooks/{id}/deliveries", TAG, "List a webhook's deliveries")
                        .query("limit", S.integer("Default 50, at most 200; newest first."))
                        .answers(200, "Deliveries with their events and attempts.", DeliveryResponse[].class).build(),
                post("/api/webhooks/deliveries/{id}/retry", TAG, "Send a delivery again")
                        .answers(202, "The delivery, due at once with a fresh set of attempts.", DeliveryResponse.class)
                        .conflict("the delivery is being sent").build());
    }
}
