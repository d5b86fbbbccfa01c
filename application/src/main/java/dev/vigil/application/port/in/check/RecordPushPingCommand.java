package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.PushToken;
import java.util.Objects;

/** A ping on a push token: {@code down} with a message when the job reports a failure. */
public record RecordPushPingCommand(PushToken token, boolean down, String message) {
    public static final int MESSAGE_MAX = 500;

    public RecordPushPingCommand {
        Objects.requireNonNull(token, "token");
        message = message == null ? "" : message;
        if (message.length() > MESSAGE_MAX) {
            throw new IllegalArgumentException("msg must be at most " + MESSAGE_MAX + " characters");
        }
    }
}
