package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.webhook.Webhook;

/**
 * Slack incoming webhooks: Block Kit blocks (a header, the text, the fields, a context line with the link), with a
 * plain {@code text} for notifications. Slack's limits: header 150 characters, section text 3000, up to 10 fields
 * of 2000. {@code &}, {@code <} and {@code >} are escaped, so text cannot ping a channel or forge a link.
 */
final class SlackFormat implements MessageFormat {

    @Override
    public ObjectNode render(Message message, Dispatch dispatch, Webhook webhook) {
        ObjectNode body = JSON.objectNode();
        body.put("text", MessageFormat.clip(escape(message.heading()), 3000));
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", MessageFormat.clip(message.heading(), 150))
                .put("emoji", true);
        if (!message.lines().isEmpty()) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                    .put("text", MessageFormat.clip(escape(message.text()), 3000));
        }
        if (!message.fields().isEmpty()) {
            ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
            message.fields().stream().limit(10).forEach(f -> fields.addObject().put("type", "mrkdwn")
                    .put("text", MessageFormat.clip("*" + escape(f.label()) + "*\n" + escape(f.value()), 2000)));
        }
        String context = message.link().map(url -> "<" + url + "|Open the status page> · ").orElse("")
                + escape(message.footer());
        blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", context);
        return body;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
