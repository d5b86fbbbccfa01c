package dev.vigil.application.fakes;

import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** Remembers every event it is told of. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> received = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        received.add(event);
    }

    public synchronized List<DomainEvent> received() {
        return List.copyOf(received);
    }

    /** The events of one type, in order. */
    public synchronized <E extends DomainEvent> List<E> received(Class<E> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
