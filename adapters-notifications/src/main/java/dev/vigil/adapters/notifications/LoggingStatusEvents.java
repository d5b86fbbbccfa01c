package dev.vigil.adapters.notifications;

import dev.vigil.application.port.out.StatusEvents;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simplest notification channel: one readable line in the server log per status change. */
public final class LoggingStatusEvents implements StatusEvents {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingStatusEvents.class);

    private final Consumer<String> sink;

    public LoggingStatusEvents() {
        this(LOG::info);
    }

    LoggingStatusEvents(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void changed(StatusLogEntry entry) {
        sink.accept(describe(entry));
    }

    static String describe(StatusLogEntry entry) {
        StatusChange c = entry.change();
        StringBuilder line = new StringBuilder()
                .append(c.dependency().map(d -> "dependency " + d + " of system " + c.system()).orElse("system " + c.system()))
                .append(": ").append(c.from().wireName()).append(" -> ").append(c.to().wireName())
                .append(" (").append(c.source().wireName());
        c.cause().ifPresent(cause -> line.append(", caused by dependency ").append(cause));
        line.append(')');
        if (!c.message().isEmpty()) {
            line.append(": ").append(c.message().replaceAll("[\\r\\n\\t]+", " "));
        }
        return line.toString();
    }
}
