package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookTarget;

/**
 * Telegram's Bot API {@code sendMessage}: the chat id, the text in Telegram's HTML subset (bold title, lines, bold
 * field labels, a link) with {@code <}, {@code >}, {@code &} and quotes escaped, and link previews off. Messages are
 * cut to Telegram's 4096 characters.
 */
final class TelegramFormat implements MessageFormat {
    static final int TEXT_MAX = 4096;

    @Override
    public ObjectNode render(Message message, Dispatch dispatch, Webhook webhook) {
        WebhookTarget.TelegramChat chat = (WebhookTarget.TelegramChat) webhook.target();
        StringBuilder text = new StringBuilder();
        text.append(escape(message.emoji())).append(" <b>").append(escape(message.title())).append("</b>");
        for (String line : message.lines()) {
            text.append('\n').append(escape(line));
        }
        if (!message.fields().isEmpty()) {
            text.append('\n');
            message.fields().forEach(f -> text.append("\n<b>").append(escape(f.label())).append(":</b> ")
                    .append(escape(f.value())));
        }
        text.append("\n\n");
        message.link().ifPresent(url -> text.append("<a href=\"").append(escape(url)).append("\">Open the status page</a> · "));
        text.append("<i>").append(escape(message.footer())).append("</i>");
        ObjectNode body = JSON.objectNode();
        body.put("chat_id", chat.chatId());
        body.put("text", text.length() <= TEXT_MAX ? text.toString() : plainFallback(message));
        body.put("parse_mode", "HTML");
        body.putObject("link_preview_options").put("is_disabled", true);
        return body;
    }

    /** A message too long for Telegram is sent cut, as escaped text with only the title in bold (no broken tags). */
    private static String plainFallback(Message message) {
        String head = escape(message.emoji()) + " <b>" + escape(MessageFormat.clip(message.title(), 200)) + "</b>\n";
        return head + escapeWithin(message.text(), TEXT_MAX - head.length());
    }

    /** {@code text} escaped, cut (never inside an entity) so that the result has at most {@code budget} characters. */
    static String escapeWithin(String text, int budget) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String piece = escape(String.valueOf(text.charAt(i)));
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                piece = text.substring(i, i + 2);
            }
            if (out.length() + piece.length() > budget - 1) {
                return out.append('…').toString();
            }
            out.append(piece);
            i += piece.length() == 2 && Character.isHighSurrogate(piece.charAt(0)) ? 1 : 0;
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
