package dev.vigil.domain.maintenance;

import static java.time.temporal.ChronoUnit.MILLIS;

import dev.vigil.domain.Text;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Planned work on some systems (none named means all) from a start to an end. While it is in progress its systems
 * show {@code maintenance}, their failures open no incident, and the time is not counted against uptime or SLA.
 * Its state follows the clock unless it is cancelled; the past of a window is history and does not change.
 *
 * <p>Vigil applies a window's start and end to the systems' status in its own time (a job that runs every few
 * seconds): {@code activatedAt} and {@code deactivatedAt} record when it did, so that a restart neither repeats
 * nor misses them.
 */
public final class MaintenanceWindow {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int SYSTEMS_MAX = 100;
    public static final Duration LONGEST = Duration.ofDays(31);
    /** How far in the past a new start may lie, for clocks that disagree a little. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MaintenanceId id;
    private final String title;
    private final String description;
    private final Instant startsAt;
    private final Instant endsAt;
    private final Set<SystemId> systems;
    private final Optional<Instant> cancelledAt;
    private final Optional<Instant> activatedAt;
    private final Optional<Instant> deactivatedAt;
    private final Instant createdAt;
    private final Instant updatedAt;

    private MaintenanceWindow(MaintenanceId id, String title, String description, Instant startsAt, Instant endsAt,
                              Set<SystemId> systems, Optional<Instant> cancelledAt, Optional<Instant> activatedAt,
                              Optional<Instant> deactivatedAt, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Text.required(title, "title", TITLE_MAX);
        this.description = Text.multiline(description, "description", DESCRIPTION_MAX);
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt").truncatedTo(MILLIS);
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt").truncatedTo(MILLIS);
        if (!this.endsAt.isAfter(this.startsAt)) {
            throw new IllegalArgumentException("end_time must be after start_time");
        }
        if (Duration.between(this.startsAt, this.endsAt).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a maintenance window may last at most " + LONGEST.toDays() + " days");
        }
        Objects.requireNonNull(systems, "systems");
        if (systems.size() > SYSTEMS_MAX) {
            throw new IllegalArgumentException("system_ids must have at most " + SYSTEMS_MAX + " items");
        }
        TreeSet<SystemId> sorted = new TreeSet<>(Comparator.comparingLong(SystemId::value));
        sorted.addAll(systems);
        this.systems = Collections.unmodifiableSet(sorted);
        this.cancelledAt = Objects.requireNonNull(cancelledAt, "cancelledAt").map(t -> t.truncatedTo(MILLIS));
        this.activatedAt = Objects.requireNonNull(activatedAt, "activatedAt").map(t -> t.truncatedTo(MILLIS));
        this.deactivatedAt = Objects.requireNonNull(deactivatedAt, "deactivatedAt").map(t -> t.truncatedTo(MILLIS));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
        if (this.deactivatedAt.isPresent() && this.activatedAt.isEmpty()) {
            throw new IllegalArgumentException("a window is deactivated only after it was activated");
        }
        if (this.updatedAt.isBefore(this.createdAt)) {
            throw new IllegalArgumentException("updated_at must not be before created_at");
        }
    }

    /**
     * A new window. It must end after it starts, last at most 31 days, and not start in the past
     * (beyond {@link #CLOCK_SKEW}): maintenance cannot be declared after the fact.
     */
    public static MaintenanceWindow schedule(MaintenanceId id, String title, String description, Instant startsAt,
                                             Instant endsAt, Set<SystemId> systems, Instant now) {
        requireNotPast(startsAt, now);
        return new MaintenanceWindow(id, title, description, startsAt, endsAt, systems, Optional.empty(),
                Optional.empty(), Optional.empty(), now, now);
    }

    /** Rebuilds a window from stored state; every invariant is checked again. */
    public static MaintenanceWindow restore(MaintenanceId id, String title, String description, Instant startsAt,
                                            Instant endsAt, Set<SystemId> systems, Optional<Instant> cancelledAt,
                                            Optional<Instant> activatedAt, Optional<Instant> deactivatedAt,
                                            Instant createdAt, Instant updatedAt) {
        return new MaintenanceWindow(id, title, description, startsAt, endsAt, systems, cancelledAt, activatedAt,
                deactivatedAt, createdAt, updatedAt);
    }

    /** The state at {@code now}: cancelled, or scheduled / in progress / completed by the clock. */
    public MaintenanceState state(Instant now) {
        if (cancelledAt.isPresent()) {
            return MaintenanceState.CANCELLED;
        }
        if (now.isBefore(startsAt)) {
            return MaintenanceState.SCHEDULED;
        }
        return now.isBefore(endsAt) ? MaintenanceState.IN_PROGRESS : MaintenanceState.COMPLETED;
    }

    /**
     * Changes the window; fields left empty keep their value. A scheduled window may change freely (but not move
     * into the past); one in progress may change its title, description and end (not into the past); a completed or
     * cancelled one is history.
     */
    public MaintenanceWindow reschedule(Optional<String> newTitle, Optional<String> newDescription,
                                        Optional<Instant> newStart, Optional<Instant> newEnd,
                                        Optional<Set<SystemId>> newSystems, Instant now) {
        MaintenanceState current = state(now);
        if (current == MaintenanceState.COMPLETED || current == MaintenanceState.CANCELLED) {
            throw new MaintenanceRuleViolation("maintenance " + id + " is " + current.wireName() + " and cannot change");
        }
        Instant start = newStart.map(t -> t.truncatedTo(MILLIS)).orElse(startsAt);
        Instant end = newEnd.map(t -> t.truncatedTo(MILLIS)).orElse(endsAt);
        Set<SystemId> affected = newSystems.orElse(systems);
        if (current == MaintenanceState.IN_PROGRESS) {
            if (!start.equals(startsAt)) {
                throw new MaintenanceRuleViolation("maintenance " + id + " is in progress: its start_time cannot change");
            }
            if (!affected.equals(systems)) {
                throw new MaintenanceRuleViolation("maintenance " + id + " is in progress: its system_ids cannot change");
            }
            if (!end.isAfter(now)) {
                throw new IllegalArgumentException("end_time of a window in progress must be in the future; "
                        + "cancel it to end it now");
            }
        } else if (newStart.isPresent()) {
            requireNotPast(start, now);
        }
        return new MaintenanceWindow(id, newTitle.orElse(title), newDescription.orElse(description), start, end,
                affected, cancelledAt, activatedAt, deactivatedAt, createdAt, later(now));
    }

    /** Cancels a window that is scheduled or in progress; one in progress ends now. */
    public MaintenanceWindow cancel(Instant now) {
        MaintenanceState current = state(now);
        if (current == MaintenanceState.COMPLETED || current == MaintenanceState.CANCELLED) {
            throw new MaintenanceRuleViolation("maintenance " + id + " is already " + current.wireName());
        }
        return new MaintenanceWindow(id, title, description, startsAt, endsAt, systems, Optional.of(now),
                activatedAt, deactivatedAt, createdAt, later(now));
    }

    /** Refuses deletion of a window that took effect: it is part of the uptime and SLA history. */
    public void requireDeletable(Instant now) {
        boolean neverTookEffect = state(now) == MaintenanceState.SCHEDULED
                || cancelledAt.map(c -> !c.isAfter(startsAt)).orElse(false);
        if (!neverTookEffect) {
            throw new MaintenanceRuleViolation("maintenance " + id + " took effect and is part of the uptime history; "
                    + (state(now) == MaintenanceState.IN_PROGRESS ? "cancel it instead" : "it cannot be deleted"));
        }
    }

    /** True when Vigil has to apply the window's start to its systems now. */
    public boolean needsActivation(Instant now) {
        return activatedAt.isEmpty() && state(now) == MaintenanceState.IN_PROGRESS;
    }

    /** True when Vigil applied the window's start and now has to apply its end (it ended or was cancelled). */
    public boolean needsDeactivation(Instant now) {
        return activatedAt.isPresent() && deactivatedAt.isEmpty() && state(now) != MaintenanceState.IN_PROGRESS;
    }

    public MaintenanceWindow activate(Instant now) {
        if (!needsActivation(now)) {
            throw new IllegalStateException("maintenance " + id + " cannot be activated at " + now);
        }
        return new MaintenanceWindow(id, title, description, startsAt, endsAt, systems, cancelledAt,
                Optional.of(now), deactivatedAt, createdAt, updatedAt);
    }

    public MaintenanceWindow deactivate(Instant now) {
        if (!needsDeactivation(now)) {
            throw new IllegalStateException("maintenance " + id + " cannot be deactivated at " + now);
        }
        return new MaintenanceWindow(id, title, description, startsAt, endsAt, systems, cancelledAt, activatedAt,
                Optional.of(now), createdAt, updatedAt);
    }

    /** True while the window's start has been applied and its end not yet: its systems show maintenance. */
    public boolean isInEffect() {
        return activatedAt.isPresent() && deactivatedAt.isEmpty();
    }

    /** True when the window concerns {@code system} (a window naming no system concerns all). */
    public boolean covers(SystemId system) {
        return systems.isEmpty() || systems.contains(system);
    }

    /** True when the window concerns {@code system} at {@code at}: within its excluded time. */
    public boolean covers(SystemId system, Instant at) {
        return covers(system) && excludedTime().filter(t -> t.contains(at)).isPresent();
    }

    /** The time the window actually excludes: from its start to its end, or to its cancellation if earlier. */
    public Optional<Interval> excludedTime() {
        Instant end = cancelledAt.filter(c -> c.isBefore(endsAt)).orElse(endsAt);
        return end.isAfter(startsAt) ? Optional.of(new Interval(startsAt, end)) : Optional.empty();
    }

    private static void requireNotPast(Instant start, Instant now) {
        if (start.isBefore(now.minus(CLOCK_SKEW))) {
            throw new IllegalArgumentException("start_time must not be in the past");
        }
    }

    private Instant later(Instant now) {
        Instant t = now.truncatedTo(MILLIS);
        return t.isBefore(updatedAt) ? updatedAt : t;
    }

    public MaintenanceId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** The systems named; empty means every system. */
    public Set<SystemId> systems() {
        return systems;
    }

    public Optional<Instant> cancelledAt() {
        return cancelledAt;
    }

    public Optional<Instant> activatedAt() {
        return activatedAt;
    }

    public Optional<Instant> deactivatedAt() {
        return deactivatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaintenanceWindow other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MaintenanceWindow[" + id + " " + title + " " + startsAt + ".." + endsAt + "]";
    }
}
