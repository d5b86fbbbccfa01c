package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.webhook.Webhook;
import java.time.format.DateTimeFormatter;

/**
 * Discord webhooks: one embed with a coloured bar, title, description, inline fields, timestamp, link and footer.
 * Mentions are switched off ({@code allowed_mentions}) and markdown characters in names and messages are escaped.
 * Discord's limits: title 256 characters, description 4096, up to 25 fields (name 256, value 1024), footer 2048.
 */
final class DiscordFormat implements MessageFormat {

    @Override
    public ObjectNode render(Message message, Dispatch dispatch, Webhook webhook) {
        ObjectNode body = JSON.objectNode();
        body.put("username", "Vigil");
        body.putObject("allowed_mentions").putArray("parse");
        ObjectNode embed = body.putArray("embeds").addObject();
        embed.put("title", MessageFormat.clip(escape(message.heading()), 256));
        if (!message.lines().isEmpty()) {
            embed.put("description", MessageFormat.clip(escape(message.text()), 4096));
        }
        message.link().ifPresent(url -> embed.put("url", url));
        embed.put("color", message.tone().rgb());
        embed.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(message.occurredAt()));
        if (!message.fields().isEmpty()) {
            ArrayNode fields = embed.putArray("fields");
            message.fields().stream().limit(25).forEach(f -> fields.addObject()
                    .put("name", MessageFormat.clip(escape(f.label()), 256))
                    .put("value", MessageFormat.clip(escape(f.value()), 1024))
                    .put("inline", f.value().length() <= 60));
        }
        embed.putObject("footer").put("text", MessageFormat.clip(message.footer(), 2048));
        return body;
    }

    /** Backslash before every character Discord's markdown gives a meaning. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\*_~`|>[]#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
