package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.webhook.Webhook;

/**
 * Microsoft Teams (incoming webhooks and Workflows "post to a channel when a webhook request is received"): a
 * {@code message} carrying one Adaptive Card 1.4 with a coloured title, the text, a fact set, a footer and a button
 * to the status page.
 */
final class TeamsFormat implements MessageFormat {

    @Override
    public ObjectNode render(Message message, Dispatch dispatch, Webhook webhook) {
        ObjectNode body = JSON.objectNode();
        body.put("type", "message");
        body.put("summary", MessageFormat.clip(message.heading(), 200));
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.putObject("msteams").put("width", "Full");
        ArrayNode items = card.putArray("body");
        items.addObject().put("type", "TextBlock").put("text", message.heading()).put("weight", "Bolder")
                .put("size", "Medium").put("color", message.tone().teamsColor()).put("wrap", true);
        for (String line : message.lines()) {
            items.addObject().put("type", "TextBlock").put("text", line).put("wrap", true);
        }
        if (!message.fields().isEmpty()) {
            ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
            message.fields().forEach(f -> facts.addObject().put("title", f.label()).put("value", f.value()));
        }
        items.addObject().put("type", "TextBlock").put("text", message.footer()).put("isSubtle", true)
                .put("size", "Small").put("wrap", true);
        message.link().ifPresent(url -> card.putArray("actions").addObject().put("type", "Action.OpenUrl")
                .put("title", "Open the status page").put("url", url));
        return body;
    }
}
