package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.webhook.WebhookResponse;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Webhooks ({@code /admin/webhooks}): each with its masked target, events and systems; the form to add one; a
 * generated signing secret shown once, in the answer to the form that made it.
 */
public record WebhooksView(AdminChrome chrome, String notice, Created created, List<Item> webhooks, FormState create,
                           List<Choice> types, List<Choice> events, List<Choice> systems) {

    /** A webhook just made, with its generated secret (empty when the form gave one). */
    public record Created(String name, String secret) {
        static Created none() {
            return new Created("", "");
        }

        public boolean present() {
            return !name.isEmpty();
        }
    }

    /** A webhook as listed: never a secret. */
    public record Item(long id, String href, String name, String type, String target, String events, String systems,
                       boolean enabled) {
    }

    static WebhooksView from(List<Webhook> webhooks, List<MonitoredSystem> systems, AdminChrome chrome, String notice,
                             Created created, FormState create) {
        Map<SystemId, String> names = AdminText.namesOf(systems);
        List<Item> items = webhooks.stream().map(w -> item(w, names)).toList();
        List<Choice> types = List.of(WebhookType.values()).stream()
                .map(t -> new Choice(t.wireName(), typeLabel(t), create.is("type", t.wireName()))).toList();
        List<Choice> events = List.of(EventType.values()).stream()
                .map(e -> new Choice(e.wireName(), e.wireName().replace('_', ' '), create.is("events", e.wireName())))
                .toList();
        return new WebhooksView(chrome, notice, created, items, create, types, events,
                AdminText.choices(systems, id -> create.is("system_ids", Long.toString(id.value()))));
    }

    static Item item(Webhook w, Map<SystemId, String> names) {
        WebhookResponse masked = WebhookResponse.of(w);
        String target = masked.url() != null ? masked.url()
                : "bot " + masked.botToken() + ", chat " + masked.chatId();
        return new Item(w.id().value(), "/admin/webhooks/" + w.id().value(), w.name(), typeLabel(w.type()), target,
                w.filter().events().stream().map(e -> e.wireName().replace('_', ' ')).sorted()
                        .collect(Collectors.joining(", ")),
                AdminText.names(w.filter().systems(), names, "all systems"), w.enabled());
    }

    static String typeLabel(WebhookType type) {
        return switch (type) {
            case GENERIC -> "Any HTTP endpoint (signed JSON)";
            case SLACK -> "Slack";
            case DISCORD -> "Discord";
            case TELEGRAM -> "Telegram";
            case TEAMS -> "Microsoft Teams";
        };
    }
}
