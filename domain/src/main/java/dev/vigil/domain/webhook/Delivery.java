package dev.vigil.domain.webhook;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification on its way to one webhook, as the outbox keeps it: the events it tells of (one, or several
 * changes of one system merged into one message), when it is due, whether a worker has claimed it, and every
 * attempt so far. It is sent at least once under the same id; after its last failed attempt it is dead until
 * someone retries it.
 */
public final class Delivery {
    /** The most events one message tells of; a system that changes more often within a window starts another. */
    public static final int EVENTS_MAX = 50;
    public static final int KEY_MAX = 100;

    private final DeliveryId id;
    private final WebhookId webhook;
    private final EventType type;
    private final Optional<String> coalesceKey;
    private final List<EventId> events;
    private final DeliveryState state;
    private final Instant createdAt;
    private final Instant dueAt;
    private final Optional<Instant> leasedUntil;
    private final List<DeliveryAttempt> attempts;
    private final int retryBase;
    private final Optional<Instant> finishedAt;

    private Delivery(DeliveryId id, WebhookId webhook, EventType type, Optional<String> coalesceKey,
                     List<EventId> events, DeliveryState state, Instant createdAt, Instant dueAt,
                     Optional<Instant> leasedUntil, List<DeliveryAttempt> attempts, int retryBase,
                     Optional<Instant> finishedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.webhook = Objects.requireNonNull(webhook, "webhook");
        this.type = Objects.requireNonNull(type, "type");
        this.coalesceKey = Objects.requireNonNull(coalesceKey, "coalesceKey");
        this.events = List.copyOf(events);
        this.state = Objects.requireNonNull(state, "state");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt").truncatedTo(MILLIS);
        this.leasedUntil = Objects.requireNonNull(leasedUntil, "leasedUntil").map(t -> t.truncatedTo(MILLIS));
        this.attempts = List.copyOf(attempts);
        this.retryBase = retryBase;
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt").map(t -> t.truncatedTo(MILLIS));
        check();
    }

    private void check() {
        if (coalesceKey.isPresent() && (coalesceKey.get().isEmpty() || coalesceKey.get().length() > KEY_MAX)) {
            throw new IllegalArgumentException("a coalescing key has 1 to " + KEY_MAX + " characters");
        }
        if (events.isEmpty() || events.size() > EVENTS_MAX) {
            throw new IllegalArgumentException("a delivery tells of 1 to " + EVENTS_MAX + " events");
        }
        if (events.stream().distinct().count() != events.size()) {
            throw new IllegalArgumentException("a delivery tells of each event once");
        }
        for (int i = 0; i < attempts.size(); i++) {
            if (attempts.get(i).number() != i + 1) {
                throw new IllegalArgumentException("attempts are numbered 1, 2, 3 … in order");
            }
        }
        if (retryBase < 0 || retryBase > attempts.size()) {
            throw new IllegalArgumentException("the retry base lies between 0 and the number of attempts");
        }
        boolean finished = state != DeliveryState.PENDING;
        if (finished != finishedAt.isPresent()) {
            throw new IllegalArgumentException("a delivery has an end time exactly when it is delivered or dead");
        }
        if (finished && leasedUntil.isPresent()) {
            throw new IllegalArgumentException("a finished delivery is not claimed");
        }
        if (finished && attempts.isEmpty()) {
            throw new IllegalArgumentException("a finished delivery has been attempted");
        }
        if (state == DeliveryState.DELIVERED && last().orElseThrow().outcome() != AttemptOutcome.DELIVERED) {
            throw new IllegalArgumentException("a delivered delivery ends with a delivered attempt");
        }
    }

    /** A new delivery of one event to one webhook, due at {@code dueAt}. */
    public static Delivery queue(DeliveryId id, WebhookId webhook, EventRecord event, Optional<String> coalesceKey,
                                 Instant dueAt, Instant now) {
        return new Delivery(id, webhook, event.type(), coalesceKey, List.of(event.id()), DeliveryState.PENDING, now,
                dueAt, Optional.empty(), List.of(), 0, Optional.empty());
    }

    /** Rebuilds a delivery from stored state; every invariant is checked again. */
    public static Delivery restore(DeliveryId id, WebhookId webhook, EventType type, Optional<String> coalesceKey,
                                   List<EventId> events, DeliveryState state, Instant createdAt, Instant dueAt,
                                   Optional<Instant> leasedUntil, List<DeliveryAttempt> attempts, int retryBase,
                                   Optional<Instant> finishedAt) {
        return new Delivery(id, webhook, type, coalesceKey, events, state, createdAt, dueAt, leasedUntil, attempts,
                retryBase, finishedAt);
    }

    /** True while more events may join this delivery: it has never been claimed or attempted and has room. */
    public boolean acceptsMore() {
        return state == DeliveryState.PENDING && attempts.isEmpty() && leasedUntil.isEmpty()
                && events.size() < EVENTS_MAX;
    }

    /** The same delivery telling of one more event. */
    public Delivery add(EventId event) {
        if (!acceptsMore()) {
            throw new IllegalStateException("delivery " + id + " takes no more events");
        }
        List<EventId> more = new ArrayList<>(events);
        more.add(event);
        return with(more, state, dueAt, leasedUntil, attempts, retryBase, finishedAt);
    }

    /** True when a worker may claim it at {@code now}: pending, due, and not claimed by a worker still at it. */
    public boolean isDueAt(Instant now) {
        return state == DeliveryState.PENDING && !dueAt.isAfter(now) && !isClaimedAt(now);
    }

    /** True while a worker's claim on it runs. */
    public boolean isClaimedAt(Instant now) {
        return leasedUntil.filter(until -> until.isAfter(now)).isPresent();
    }

    /** Claimed by a worker until {@code now + lease}; if the worker never reports back, the claim runs out. */
    public Delivery claim(Instant now, Duration lease) {
        if (!isDueAt(now)) {
            throw new IllegalStateException("delivery " + id + " is not due");
        }
        return with(events, state, dueAt, Optional.of(now.plus(lease)), attempts, retryBase, finishedAt);
    }

    /** Without a worker's claim (a restarted Vigil's worker claims it afresh). */
    public Delivery released() {
        return leasedUntil.isEmpty() ? this : with(events, state, dueAt, Optional.empty(), attempts, retryBase, finishedAt);
    }

    /**
     * The same delivery after an attempt that started at {@code at}: delivered, dead (rejected, or failed for the
     * last time), or pending again after the schedule's delay or the receiver's {@code Retry-After}.
     */
    public Delivery record(SendOutcome outcome, Instant at, BackoffSchedule schedule, double random) {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + state.wireName() + ", not pending");
        }
        List<DeliveryAttempt> more = new ArrayList<>(attempts);
        more.add(DeliveryAttempt.of(attempts.size() + 1, at, outcome));
        Instant ended = at.plus(outcome.duration());
        switch (outcome.outcome()) {
            case DELIVERED:
                return with(events, DeliveryState.DELIVERED, dueAt, Optional.empty(), more, retryBase, Optional.of(ended));
            case REJECTED:
                return with(events, DeliveryState.DEAD, dueAt, Optional.empty(), more, retryBase, Optional.of(ended));
            default:
                Optional<Duration> delay = schedule.delayAfter(more.size() - retryBase, random);
                if (delay.isEmpty()) {
                    return with(events, DeliveryState.DEAD, dueAt, Optional.empty(), more, retryBase, Optional.of(ended));
                }
                Duration wait = outcome.retryAfter()
                        .map(asked -> asked.compareTo(BackoffSchedule.RETRY_AFTER_MAX) > 0 ? BackoffSchedule.RETRY_AFTER_MAX : asked)
                        .orElse(delay.get());
                return with(events, DeliveryState.PENDING, ended.plus(wait), Optional.empty(), more, retryBase,
                        Optional.empty());
        }
    }

    /** Due again at once with a fresh set of attempts, whatever its state; refused while a worker is sending it. */
    public Delivery retry(Instant now) {
        if (isClaimedAt(now)) {
            throw new DeliveryInFlight(id);
        }
        return with(events, DeliveryState.PENDING, now, Optional.empty(), attempts, attempts.size(), Optional.empty());
    }

    private Delivery with(List<EventId> newEvents, DeliveryState newState, Instant newDue, Optional<Instant> lease,
                          List<DeliveryAttempt> newAttempts, int newRetryBase, Optional<Instant> finished) {
        return new Delivery(id, webhook, type, coalesceKey, newEvents, newState, createdAt, newDue, lease, newAttempts,
                newRetryBase, finished);
    }

    /** When the window for merging later changes into the next delivery started: its first attempt, or its due time. */
    public Instant windowStart() {
        return attempts.isEmpty() ? dueAt : attempts.get(0).at();
    }

    /** When the next attempt is due; empty once delivered or dead. */
    public Optional<Instant> nextAttemptAt() {
        return state == DeliveryState.PENDING ? Optional.of(dueAt) : Optional.empty();
    }

    public Optional<DeliveryAttempt> last() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    public DeliveryId id() {
        return id;
    }

    public WebhookId webhook() {
        return webhook;
    }

    public EventType type() {
        return type;
    }

    public Optional<String> coalesceKey() {
        return coalesceKey;
    }

    public List<EventId> events() {
        return events;
    }

    public DeliveryState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<Instant> leasedUntil() {
        return leasedUntil;
    }

    public List<DeliveryAttempt> attempts() {
        return attempts;
    }

    /** How many attempts had been made when it was last retried by hand (0 if never): failures count from there. */
    public int retryBase() {
        return retryBase;
    }

    public Optional<Instant> finishedAt() {
        return finishedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Delivery other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Delivery[" + id + " to webhook " + webhook + " " + state.wireName() + ", " + attempts.size() + " attempts]";
    }
}
