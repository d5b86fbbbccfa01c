package dev.vigil.application.fakes;

import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** Remembers every event it is told of, and passes it on to the publishers added with {@link #alsoTell}. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> received = new ArrayList<>();
    private final List<EventPublisher> downstream = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        received.add(event);
        downstream.forEach(publisher -> publisher.publish(event));
    }

    /** Every later event is passed on to {@code publisher} too, in the publishing thread (as in the real wiring). */
    public synchronized void alsoTell(EventPublisher publisher) {
        downstream.add(publisher);
    }

    public synchronized List<DomainEvent> received() {
        return List.copyOf(received);
    }

    /** The events of one type, in order. */
    public synchronized <E extends DomainEvent> List<E> received(Class<E> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
