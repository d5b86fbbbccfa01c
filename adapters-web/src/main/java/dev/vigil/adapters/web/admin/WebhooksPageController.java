package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.Params;
import dev.vigil.application.port.in.system.ListSystems;
import dev.vigil.application.port.in.webhook.DeleteWebhook;
import dev.vigil.application.port.in.webhook.DeliveryDetails;
import dev.vigil.application.port.in.webhook.ListDeliveries;
import dev.vigil.application.port.in.webhook.ListWebhooks;
import dev.vigil.application.port.in.webhook.RegisterWebhook;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.in.webhook.RegisteredWebhook;
import dev.vigil.application.port.in.webhook.RetryDelivery;
import dev.vigil.application.port.in.webhook.ShowWebhook;
import dev.vigil.application.port.in.webhook.TestWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhook;
import dev.vigil.application.port.in.webhook.UpdateWebhookCommand;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.webhook.DeliveryId;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SendOutcome;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/webhooks}: list, create (a generated signing secret is shown once, in the answer to the form), send a
 * test (its real outcome), enable or disable, delete; and each webhook's deliveries with a retry. The same use cases
 * as {@code /api/webhooks}; URLs, bot tokens and secrets are shown masked.
 */
public final class WebhooksPageController {
    static final int DELIVERIES = 50;

    /** The webhook use cases the pages call. */
    public record UseCases(RegisterWebhook register, UpdateWebhook update, DeleteWebhook delete, ListWebhooks list,
                           ShowWebhook show, TestWebhook test, ListDeliveries deliveries, RetryDelivery retry) {
    }

    private final UseCases webhooks;
    private final ListSystems systems;
    private final AdminPages pages;

    public WebhooksPageController(UseCases webhooks, ListSystems systems, AdminPages pages) {
        this.webhooks = webhooks;
        this.systems = systems;
        this.pages = pages;
    }

    public void list(Context ctx) {
        renderList(ctx, 200, Notices.text(ctx.queryParam("notice")), WebhooksView.Created.none(), defaults());
    }

    public void create(Context ctx) {
        Form form = Form.of(ctx);
        RegisteredWebhook[] made = new RegisteredWebhook[1];
        var refused = Refusals.attempt(() -> made[0] = webhooks.register().register(new RegisterWebhookCommand(
                form.text("name"), WebhookType.fromWire(form.text("type")), filled(form, "url"),
                filled(form, "bot_token"), filled(form, "chat_id"), filled(form, "secret"), Optional.of(events(form)),
                AdminText.systemIds(form, "system_ids", EventFilter.SYSTEMS_MAX), form.text("enabled").equals("yes"))));
        if (refused.isPresent()) {
            renderList(ctx, refused.get().status(), "", WebhooksView.Created.none(),
                    FormState.refused(form, refused.get().message()));
            return;
        }
        renderList(ctx, 201, "", new WebhooksView.Created(made[0].webhook().name(),
                made[0].generatedSecret().map(s -> s.reveal()).orElse("")), defaults());
    }

    public void show(Context ctx) {
        render(ctx, 200, id(ctx), Notices.text(ctx.queryParam("notice")), Optional.empty());
    }

    /** Sends a test message now and shows what really happened. */
    public void test(Context ctx) {
        WebhookId id = id(ctx);
        render(ctx, 200, id, "", Optional.of(webhooks.test().test(id)));
    }

    public void enable(Context ctx) {
        WebhookId id = id(ctx);
        boolean enabled = Form.of(ctx).text("enabled").equals("yes");
        webhooks.update().update(new UpdateWebhookCommand(id, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(enabled)));
        ctx.redirect("/admin/webhooks/" + id.value() + "?notice=webhook-saved", HttpStatus.SEE_OTHER);
    }

    public void delete(Context ctx) {
        webhooks.delete().delete(id(ctx));
        ctx.redirect("/admin/webhooks?notice=webhook-deleted", HttpStatus.SEE_OTHER);
    }

    public void retry(Context ctx) {
        DeliveryDetails retried = webhooks.retry().retry(new DeliveryId(Params.id(ctx, "id")));
        ctx.redirect("/admin/webhooks/" + retried.delivery().webhook().value() + "?notice=delivery-retried",
                HttpStatus.SEE_OTHER);
    }

    private void renderList(Context ctx, int status, String notice, WebhooksView.Created created, FormState form) {
        var chrome = pages.chrome(AdminGuard.session(ctx), "Webhooks", "webhooks", "/admin/webhooks");
        pages.send(ctx, status, "admin/webhooks.jte", WebhooksView.from(webhooks.list().list(), systems.list(), chrome,
                notice, created, form));
    }

    private void render(Context ctx, int status, WebhookId id, String notice, Optional<SendOutcome> test) {
        var webhook = webhooks.show().show(id);
        var chrome = pages.chrome(AdminGuard.session(ctx), webhook.name(), "webhooks", "/admin/webhooks/" + id.value());
        pages.send(ctx, status, "admin/webhook.jte", WebhookView.from(webhook,
                webhooks.deliveries().ofWebhook(id, DELIVERIES), systems.list(), chrome, notice, test));
    }

    private static FormState defaults() {
        return FormState.of(Map.of("type", "generic", "events", "status_change", "enabled", "yes"));
    }

    private static Optional<String> filled(Form form, String field) {
        String value = form.text(field).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Set<EventType> events(Form form) {
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        if (form.all("events").size() > EventType.values().length) {
            throw new IllegalArgumentException("events: too many");
        }
        form.all("events").forEach(e -> events.add(EventType.fromWire(e)));
        if (events.isEmpty()) {
            throw new IllegalArgumentException("choose at least one event");
        }
        return events;
    }

    private static WebhookId id(Context ctx) {
        return new WebhookId(Params.id(ctx, "id"));
    }
}
