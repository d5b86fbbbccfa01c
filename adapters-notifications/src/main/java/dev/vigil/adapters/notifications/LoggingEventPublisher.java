package dev.vigil.adapters.notifications;

import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.domain.event.DomainEvent;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simplest notification channel: one readable line in the server log per event. */
public final class LoggingEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingEventPublisher.class);

    private final Consumer<String> sink;

    public LoggingEventPublisher() {
        this(LOG::info);
    }

    LoggingEventPublisher(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void publish(DomainEvent event) {
        sink.accept(event.type().wireName() + ": " + event.summary());
    }
}
