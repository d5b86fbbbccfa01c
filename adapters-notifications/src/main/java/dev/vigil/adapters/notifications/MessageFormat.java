package dev.vigil.adapters.notifications;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.application.port.out.Dispatch;
import dev.vigil.domain.webhook.Webhook;

/** One provider's native message format: the JSON body posted for a message. */
interface MessageFormat {
    JsonNodeFactory JSON = JsonNodeFactory.instance;

    ObjectNode render(Message message, Dispatch dispatch, Webhook webhook);

    /** {@code text} cut to at most {@code max} characters, ending in "…" when cut. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
