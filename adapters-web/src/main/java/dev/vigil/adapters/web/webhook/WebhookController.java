package dev.vigil.adapters.web.webhook;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.JsonRequests;
import dev.vigil.adapters.web.Params;
import dev.vigil.adapters.web.RequestBody;
import dev.vigil.application.port.in.webhook.DeleteWebhook;
import dev.vigil.application.port.in.webhook.ListDeliveries;
import dev.vigil.application.port.in.webhook.ListWebhooks;
import dev.vigil.application.port.in.webhook.RegisterWebhook;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.in.webhook.RetryDelivery;
import dev.vigil.application.port.in.webhook.ShowWebhook;
import dev.vigil.application.port.in.webhook.TestWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhookCommand;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /api/webhooks}: subscribe chat channels and HTTP endpoints to events, test them, and follow and retry their
 * deliveries.
 */
public final class WebhookController {
    static final String[] FIELDS = {"name", "type", "url", "bot_token", "chat_id", "secret", "events", "system_ids",
            "enabled"};
    static final int DELIVERIES_DEFAULT = 50;
    static final int DELIVERIES_MAX = 200;

    private final RegisterWebhook register;
    private final UpdateWebhook update;
    private final DeleteWebhook delete;
    private final ListWebhooks list;
    private final ShowWebhook show;
    private final TestWebhook test;
    private final ListDeliveries deliveries;
    private final RetryDelivery retry;
    private final JsonRequests requests;

    public WebhookController(RegisterWebhook register, UpdateWebhook update, DeleteWebhook delete, ListWebhooks list,
                             ShowWebhook show, TestWebhook test, ListDeliveries deliveries, RetryDelivery retry,
                             JsonRequests requests) {
        this.register = register;
        this.update = update;
        this.delete = delete;
        this.list = list;
        this.show = show;
        this.test = test;
        this.deliveries = deliveries;
        this.retry = retry;
        this.requests = requests;
    }

    public void list(Context ctx) {
        ctx.json(list.list().stream().map(WebhookResponse::of).toList());
    }

    public void show(Context ctx) {
        ctx.json(WebhookResponse.of(show.show(webhookId(ctx))));
    }

    public void create(Context ctx) {
        RequestBody body = requests.body(ctx).allowOnly(FIELDS);
        var command = new RegisterWebhookCommand(body.requiredText("name"),
                body.parsed("type", WebhookType::fromWire).orElse(WebhookType.GENERIC), body.text("url"),
                body.text("bot_token"), body.text("chat_id"), body.text("secret"), events(body),
                systems(body).orElse(Set.of()), body.bool("enabled").orElse(true));
        ctx.status(HttpStatus.CREATED).json(WebhookResponse.created(register.register(command)));
    }

    public void update(Context ctx) {
        WebhookId id = webhookId(ctx);
        RequestBody body = requests.body(ctx).allowOnly(FIELDS);
        var command = new UpdateWebhookCommand(id, body.text("name"), body.parsed("type", WebhookType::fromWire),
                body.text("url"), body.text("bot_token"), body.text("chat_id"), body.text("secret"), events(body),
                systems(body), body.bool("enabled"));
        ctx.json(WebhookResponse.of(update.update(command)));
    }

    public void delete(Context ctx) {
        delete.delete(webhookId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Sends a test message now and answers 200 with the real outcome, delivered or not. */
    public void test(Context ctx) {
        ctx.json(TestResultResponse.of(test.test(webhookId(ctx))));
    }

    public void deliveries(Context ctx) {
        WebhookId id = webhookId(ctx);
        int limit = Params.cappedInt(ctx, "limit", DELIVERIES_DEFAULT, 1, DELIVERIES_MAX);
        ctx.json(deliveries.ofWebhook(id, limit).stream().map(DeliveryResponse::of).toList());
    }

    /** Makes a delivery due again at once; the worker sends it within a second or so. */
    public void retry(Context ctx) {
        var details = retry.retry(new DeliveryId(Params.id(ctx, "id")));
        ctx.status(HttpStatus.ACCEPTED).json(DeliveryResponse.of(details));
    }

    private static WebhookId webhookId(Context ctx) {
        return new WebhookId(Params.id(ctx, "id"));
    }

    private static Optional<Set<EventType>> events(RequestBody body) {
        return body.textList("events", EventType.values().length * 2).map(names -> names.stream()
                .map(WebhookController::event).collect(Collectors.toSet()));
    }

    private static EventType event(String name) {
        try {
            return EventType.fromWire(name);
        } catch (IllegalArgumentException e) {
            String shown = name.length() <= 40 ? name : name.substring(0, 40) + "…";
            throw HttpProblem.badRequest("events may only name " + Stream.of(EventType.values())
                    .map(EventType::wireName).collect(Collectors.joining(", ")) + ", not '" + shown + "'");
        }
    }

    private static Optional<Set<SystemId>> systems(RequestBody body) {
        Optional<List<Long>> ids = body.idList("system_ids", EventFilter.SYSTEMS_MAX);
        return ids.map(list -> list.stream().map(SystemId::new).collect(Collectors.toSet()));
    }
}
