package dev.vigil.domain.counter;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A number operators push to the public page ("Messages, last 24 h: 12"). It shows the latest value pushed, with a
 * label people read; it never holds per-user data, only what the operator chose to publish.
 */
public final class Counter {
    /** How many counters a page can show. */
    public static final int MAX_COUNT = 50;
    public static final int LABEL_MAX = 100;
    /** The largest magnitude a value may have: integers beyond it lose precision in JavaScript. */
    public static final long MAX_MAGNITUDE = 9_007_199_254_740_991L;
    /** The order counters are shown in: the order they were first pushed. */
    public static final Comparator<Counter> IN_ORDER_CREATED = Comparator.comparing(Counter::createdAt)
            .thenComparing(c -> c.name().value());

    private final CounterName name;
    private final String label;
    private final long value;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Counter(CounterName name, String label, long value, Instant createdAt, Instant updatedAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = Text.required(label, "label", LABEL_MAX);
        if (value > MAX_MAGNITUDE || value < -MAX_MAGNITUDE) {
            throw new IllegalArgumentException("value must be between " + -MAX_MAGNITUDE + " and " + MAX_MAGNITUDE);
        }
        this.value = value;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
    }

    /** A counter pushed for the first time; without a label it is labelled with its name. */
    public static Counter create(CounterName name, long value, Optional<String> label, Instant now) {
        return new Counter(name, label.orElse(name.value()), value, now, now);
    }

    /** Refuses a new counter when {@code existing} counters already fill the page. */
    public static void requireRoomFor(CounterName name, int existing) {
        if (existing >= MAX_COUNT) {
            throw new TooManyCounters(name);
        }
    }

    /** Rebuilds a counter from stored state. */
    public static Counter restore(CounterName name, String label, long value, Instant createdAt, Instant updatedAt) {
        return new Counter(name, label, value, createdAt, updatedAt);
    }

    /** The same counter with a new value, and a new label when one is given. */
    public Counter set(long newValue, Optional<String> newLabel, Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return new Counter(name, newLabel.orElse(label), newValue, createdAt, t.isBefore(createdAt) ? createdAt : t);
    }

    public CounterName name() {
        return name;
    }

    public String label() {
        return label;
    }

    public long value() {
        return value;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counter other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Counter[" + name + "=" + value + "]";
    }
}
