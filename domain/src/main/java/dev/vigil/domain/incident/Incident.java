package dev.vigil.domain.incident;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something going wrong that people are handling: a title, an impact, the systems it affects, a state that moves
 * from investigating to resolved, a timeline of public and internal updates, an acknowledgement, and afterwards an
 * optional postmortem. Nothing changes a resolved incident except its postmortem.
 */
public final class Incident {
    public static final int TITLE_MAX = 200;
    public static final int SYSTEMS_MAX = 100;
    public static final int POSTMORTEM_MAX = 50_000;
    public static final int UPDATES_MAX = 1000;

    private final IncidentId id;
    private final String title;
    private final Impact impact;
    private final IncidentState state;
    private final Set<SystemId> systems;
    private final Optional<AutomaticWatch> watch;
    private final Instant startedAt;
    private final Optional<Instant> resolvedAt;
    private final Optional<String> acknowledgedBy;
    private final Optional<Instant> acknowledgedAt;
    private final String postmortem;
    private final List<IncidentUpdate> updates;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Incident(IncidentId id, String title, Impact impact, IncidentState state, Set<SystemId> systems,
                     Optional<AutomaticWatch> watch, Instant startedAt, Optional<Instant> resolvedAt,
                     Optional<String> acknowledgedBy, Optional<Instant> acknowledgedAt, String postmortem,
                     List<IncidentUpdate> updates, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Text.required(title, "title", TITLE_MAX);
        this.impact = Objects.requireNonNull(impact, "impact");
        this.state = Objects.requireNonNull(state, "state");
        Objects.requireNonNull(systems, "systems");
        if (systems.size() > SYSTEMS_MAX) {
            throw new IllegalArgumentException("system_ids must have at most " + SYSTEMS_MAX + " items");
        }
        TreeSet<SystemId> sorted = new TreeSet<>(Comparator.comparingLong(SystemId::value));
        sorted.addAll(systems);
        this.systems = Collections.unmodifiableSet(sorted);
        this.watch = Objects.requireNonNull(watch, "watch");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt").truncatedTo(MILLIS);
        this.resolvedAt = Objects.requireNonNull(resolvedAt, "resolvedAt").map(t -> t.truncatedTo(MILLIS));
        this.acknowledgedBy = Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        this.acknowledgedAt = Objects.requireNonNull(acknowledgedAt, "acknowledgedAt").map(t -> t.truncatedTo(MILLIS));
        this.postmortem = Text.multiline(postmortem, "postmortem", POSTMORTEM_MAX);
        this.updates = List.copyOf(updates);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        if ((state == IncidentState.RESOLVED) != this.resolvedAt.isPresent()) {
            throw new IllegalArgumentException("an incident has a resolved_at exactly when it is resolved");
        }
        if (this.resolvedAt.isPresent() && this.resolvedAt.get().isBefore(this.startedAt)) {
            throw new IllegalArgumentException("resolved_at must not be before started_at");
        }
        if (acknowledgedBy.isPresent() != this.acknowledgedAt.isPresent()) {
            throw new IllegalArgumentException("an acknowledgement needs both who and when");
        }
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
        if (this.updates.isEmpty() || this.updates.size() > UPDATES_MAX) {
            throw new IllegalArgumentException("an incident has between 1 and " + UPDATES_MAX + " updates");
        }
        for (int i = 0; i < this.updates.size(); i++) {
            if (this.updates.get(i).number() != i + 1) {
                throw new IllegalArgumentException("incident updates must be numbered 1, 2, 3 … in order");
            }
        }
        if (watch.isPresent() && !this.systems.contains(watch.get().system())) {
            throw new IllegalArgumentException("an automatic incident affects the system it watches");
        }
    }

    /**
     * An incident a person opens: investigating, with {@code message} as its first update.
     *
     * @param startedAt when the trouble began; not in the future
     */
    public static Incident open(IncidentId id, String title, Impact impact, Set<SystemId> systems, String message,
                                UpdateVisibility visibility, String by, Instant startedAt, Instant now) {
        if (startedAt.isAfter(now)) {
            throw new IllegalArgumentException("started_at must not be in the future");
        }
        IncidentUpdate first = new IncidentUpdate(1, now, IncidentState.INVESTIGATING, message, visibility, by);
        return new Incident(id, title, impact, IncidentState.INVESTIGATING, systems, Optional.empty(), startedAt,
                Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(first), now, now);
    }

    /**
     * An incident Vigil opens because {@code watch.system()} has been in outage since {@code watch.outageSince()}:
     * impact major, started when the outage did.
     */
    public static Incident openAutomatically(IncidentId id, String title, AutomaticWatch watch, String message,
                                             Instant now) {
        if (watch.outageSince().isAfter(now)) {
            throw new IllegalArgumentException("the outage cannot start in the future");
        }
        IncidentUpdate first = new IncidentUpdate(1, now, IncidentState.INVESTIGATING, message,
                UpdateVisibility.PUBLIC, "vigil");
        return new Incident(id, title, Impact.MAJOR, IncidentState.INVESTIGATING, Set.of(watch.system()),
                Optional.of(watch), watch.outageSince(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(first), now, now);
    }

    /** Rebuilds an incident from stored state; every invariant is checked again. */
    public static Incident restore(IncidentId id, String title, Impact impact, IncidentState state,
                                   Set<SystemId> systems, Optional<AutomaticWatch> watch, Instant startedAt,
                                   Optional<Instant> resolvedAt, Optional<String> acknowledgedBy,
                                   Optional<Instant> acknowledgedAt, String postmortem, List<IncidentUpdate> updates,
                                   Instant createdAt, Instant updatedAt) {
        return new Incident(id, title, impact, state, systems, watch, startedAt, resolvedAt, acknowledgedBy,
                acknowledgedAt, postmortem, updates, createdAt, updatedAt);
    }

    /** Moves to {@code next}, recording the move as an update with {@code message} (or a sentence saying so). */
    public Incident moveTo(IncidentState next, String message, UpdateVisibility visibility, String by, Instant now) {
        if (next == IncidentState.RESOLVED) {
            return resolve(message, visibility, Optional.empty(), by, now, now);
        }
        requireOpen();
        if (!state.canMoveTo(next)) {
            throw new IllegalIncidentTransition("incident " + id + " is already " + next.wireName());
        }
        String text = message == null || message.isBlank() ? "Marked as " + next.wireName() + "." : message;
        return with(next, resolvedAt, acknowledgedBy, acknowledgedAt, postmortem,
                append(new IncidentUpdate(updates.size() + 1, now, next, text, visibility, by), false), watch, now);
    }

    /** Adds an update to the timeline without changing the state. */
    public Incident addUpdate(String message, UpdateVisibility visibility, String by, Instant now) {
        requireOpen();
        return with(state, resolvedAt, acknowledgedBy, acknowledgedAt, postmortem,
                append(new IncidentUpdate(updates.size() + 1, later(now), state, message, visibility, by), false), watch,
                now);
    }

    /** Records that someone has taken the incident on; once only, and not after it is resolved. */
    public Incident acknowledge(String by, Instant now) {
        requireOpen();
        if (acknowledgedBy.isPresent()) {
            throw new IllegalIncidentTransition("incident " + id + " was already acknowledged by "
                    + acknowledgedBy.get() + " at " + acknowledgedAt.orElseThrow());
        }
        String who = Text.required(by, "by", IncidentUpdate.BY_MAX);
        return with(state, resolvedAt, Optional.of(who), Optional.of(now), postmortem, updates, watch, now);
    }

    /**
     * Resolves the incident as of {@code at} (not before it started, not after {@code now}), with a public closing
     * update.
     */
    public Incident resolve(String message, Optional<String> newPostmortem, String by, Instant at, Instant now) {
        return resolve(message, UpdateVisibility.PUBLIC, newPostmortem, by, at, now);
    }

    /**
     * Resolves the incident as of {@code at} (not before it started, not after {@code now}), with a closing update of
     * the given visibility; without a message the closing update is a public "Resolved.".
     */
    public Incident resolve(String message, UpdateVisibility visibility, Optional<String> newPostmortem, String by,
                            Instant at, Instant now) {
        requireOpen();
        if (at.isAfter(now) || at.isBefore(startedAt)) {
            throw new IllegalArgumentException("resolved_at must lie between started_at and now");
        }
        boolean blank = message == null || message.isBlank();
        return with(IncidentState.RESOLVED, Optional.of(at), acknowledgedBy, acknowledgedAt,
                newPostmortem.orElse(postmortem),
                append(new IncidentUpdate(updates.size() + 1, later(now), IncidentState.RESOLVED,
                        blank ? "Resolved." : message, blank ? UpdateVisibility.PUBLIC : visibility, by), true),
                watch, now);
    }

    /**
     * Changes what is written about the incident: fields left empty keep their value. Once it is resolved only the
     * postmortem may change.
     */
    public Incident edit(Optional<String> newTitle, Optional<Impact> newImpact, Optional<Set<SystemId>> newSystems,
                         Optional<String> newPostmortem, Instant now) {
        boolean moreThanPostmortem = newTitle.filter(t -> !t.equals(title)).isPresent()
                || newImpact.filter(i -> i != impact).isPresent()
                || newSystems.filter(s -> !s.equals(systems)).isPresent();
        if (moreThanPostmortem) {
            requireOpen();
        }
        Set<SystemId> affected = newSystems.orElse(systems);
        if (watch.isPresent() && !affected.contains(watch.get().system())) {
            throw new IllegalArgumentException("system_ids of an automatic incident must keep system "
                    + watch.get().system());
        }
        return new Incident(id, newTitle.orElse(title), newImpact.orElse(impact), state, affected, watch, startedAt,
                resolvedAt, acknowledgedBy, acknowledgedAt, newPostmortem.orElse(postmortem), updates, createdAt,
                later(now));
    }

    /** An automatic incident that has taken the status log into account up to {@code entry}. */
    public Incident seen(long entry) {
        if (watch.isEmpty()) {
            throw new IllegalStateException("incident " + id + " was opened by a person and watches nothing");
        }
        return new Incident(id, title, impact, state, systems, watch.map(w -> w.seen(entry)), startedAt, resolvedAt,
                acknowledgedBy, acknowledgedAt, postmortem, updates, createdAt, updatedAt);
    }

    /** True while another update fits into the timeline; the last place is kept for the resolution. */
    public boolean hasRoomForUpdates() {
        return updates.size() < UPDATES_MAX - 1;
    }

    /** How long the incident lasted, or has lasted so far. */
    public Duration duration(Instant now) {
        Instant end = resolvedAt.orElse(now);
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** A duration as people say it: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
    public static String inWords(Duration duration) {
        return IncidentEvents.human(duration);
    }

    /**
     * When the incident was contained: the time it last moved into monitoring (a fix in place, being watched) without
     * moving back to investigating or identified afterwards; for an incident resolved without such a stretch, its
     * resolution. Empty while it is not contained. What {@code contained_at} on the public status JSON says.
     */
    public Optional<Instant> containedAt() {
        Optional<Instant> contained = Optional.empty();
        IncidentState previous = null;
        for (IncidentUpdate update : updates) {
            IncidentState s = update.state();
            if (s == IncidentState.MONITORING && previous != IncidentState.MONITORING) {
                contained = Optional.of(update.at());
            } else if (s == IncidentState.INVESTIGATING || s == IncidentState.IDENTIFIED) {
                contained = Optional.empty();
            }
            previous = s;
        }
        return contained.or(() -> resolvedAt);
    }

    /** True when the incident was open at some time in [from, to). */
    public boolean overlaps(Instant from, Instant to) {
        return startedAt.isBefore(to) && resolvedAt.map(r -> !r.isBefore(from)).orElse(true);
    }

    private void requireOpen() {
        if (state == IncidentState.RESOLVED) {
            throw new IllegalIncidentTransition("incident " + id + " is resolved; only its postmortem can change");
        }
    }

    private List<IncidentUpdate> append(IncidentUpdate update, boolean resolution) {
        if (resolution ? updates.size() >= UPDATES_MAX : !hasRoomForUpdates()) {
            throw new IllegalIncidentTransition("incident " + id + " has " + updates.size() + " updates, as many as "
                    + "it keeps (the last place is for its resolution)");
        }
        List<IncidentUpdate> list = new ArrayList<>(updates);
        list.add(update);
        return list;
    }

    private Incident with(IncidentState newState, Optional<Instant> newResolvedAt, Optional<String> ackBy,
                          Optional<Instant> ackAt, String newPostmortem, List<IncidentUpdate> newUpdates,
                          Optional<AutomaticWatch> newWatch, Instant now) {
        return new Incident(id, title, impact, newState, systems, newWatch, startedAt, newResolvedAt, ackBy, ackAt,
                newPostmortem, newUpdates, createdAt, later(now));
    }

    private Instant later(Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return t.isBefore(updatedAt) ? updatedAt : t;
    }

    public IncidentId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Impact impact() {
        return impact;
    }

    public IncidentState state() {
        return state;
    }

    public boolean isResolved() {
        return state == IncidentState.RESOLVED;
    }

    /** The affected systems, by id; empty when the incident is not tied to particular systems. */
    public Set<SystemId> systems() {
        return systems;
    }

    public IncidentOrigin origin() {
        return watch.isPresent() ? IncidentOrigin.AUTOMATIC : IncidentOrigin.MANUAL;
    }

    /** For an automatic incident, what it watches. */
    public Optional<AutomaticWatch> watch() {
        return watch;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> resolvedAt() {
        return resolvedAt;
    }

    public Optional<String> acknowledgedBy() {
        return acknowledgedBy;
    }

    public Optional<Instant> acknowledgedAt() {
        return acknowledgedAt;
    }

    /** The postmortem; empty until someone writes one. */
    public String postmortem() {
        return postmortem;
    }

    /** The whole timeline, oldest first, internal updates included. */
    public List<IncidentUpdate> updates() {
        return updates;
    }

    /** The timeline as the public may see it: internal updates left out. */
    public List<IncidentUpdate> publicUpdates() {
        return updates.stream().filter(IncidentUpdate::isPublic).toList();
    }

    public IncidentUpdate latestUpdate() {
        return updates.get(updates.size() - 1);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Incident other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Incident[" + id + " " + title + " " + state + "]";
    }
}
