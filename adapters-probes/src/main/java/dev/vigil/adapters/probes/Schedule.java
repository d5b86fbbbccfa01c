package dev.vigil.adapters.probes;

import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * When each check runs next: pure bookkeeping, driven by the instants it is given. Each check runs one interval
 * after its own last run was planned (so lateness does not accumulate); its first run is placed at random within its interval (within a few seconds for a check
 * added later) so checks with equal intervals do not fire together. A check whose previous run is still going is
 * not started twice, and a check that missed a whole interval (after a pause) is spread out again instead of
 * firing in a burst with all the others.
 */
final class Schedule {
    /** A run to start now: which check, and when it was planned (for the lag). */
    record Due(DependencyId dependency, CheckSpec spec, Instant planned) {
    }

    private static final class Entry {
        final DependencyId dependency;
        CheckSpec spec;
        Duration interval;
        Instant next;
        boolean running;
        long generation;

        Entry(DependencyId dependency, CheckSpec spec, Duration interval, Instant next) {
            this.dependency = dependency;
            this.spec = spec;
            this.interval = interval;
            this.next = next;
        }
    }

    private record Slot(Entry entry, Instant next, long generation) {
    }

    private final RandomGenerator random;
    private final Duration firstRunWithin;
    private final Map<DependencyId, Entry> entries = new HashMap<>();
    private final PriorityQueue<Slot> queue = new PriorityQueue<>(Comparator.comparing(Slot::next));
    private long skippedWhileRunning;
    private long respread;

    Schedule(RandomGenerator random, Duration firstRunWithin) {
        this.random = random;
        this.firstRunWithin = firstRunWithin;
    }

    /**
     * Brings the schedule in line with {@code checks}: new ones are placed (over their whole interval when
     * {@code spreadOverInterval}, else within the first-run window), changed ones run again soon, removed ones go.
     */
    synchronized void sync(List<Check> checks, Instant now, boolean spreadOverInterval) {
        Set<DependencyId> present = new HashSet<>();
        for (Check check : checks) {
            Optional<Duration> every = check.spec().runEvery();
            if (every.isEmpty()) {
                continue;
            }
            present.add(check.dependency());
            Entry entry = entries.get(check.dependency());
            if (entry == null) {
                Duration window = spreadOverInterval ? every.get() : min(every.get(), firstRunWithin);
                entry = new Entry(check.dependency(), check.spec(), every.get(), now.plus(jitter(window)));
                entries.put(entry.dependency, entry);
                place(entry);
            } else if (!entry.spec.equals(check.spec())) {
                entry.spec = check.spec();
                entry.interval = every.get();
                entry.next = now.plus(jitter(min(every.get(), firstRunWithin)));
                place(entry);
            }
        }
        entries.keySet().removeIf(id -> !present.contains(id));
    }

    /**
     * Starts at most {@code max} runs that are due at {@code now}; each next run is planned one interval after this
     * run was planned, so a run that starts late (a busy machine, a full tick) does not push every later run back.
     */
    synchronized List<Due> due(Instant now, int max) {
        List<Due> due = new ArrayList<>();
        while (due.size() < max && !queue.isEmpty() && !queue.peek().next().isAfter(now)) {
            Slot slot = queue.poll();
            Entry entry = slot.entry();
            if (slot.generation() != entry.generation || entries.get(entry.dependency) != entry) {
                continue;
            }
            if (entry.running) {
                skippedWhileRunning++;
                entry.next = entry.next.plus(entry.interval);
            } else if (Duration.between(entry.next, now).compareTo(entry.interval) > 0) {
                respread++;
                entry.next = now.plus(jitter(entry.interval));
            } else {
                due.add(new Due(entry.dependency, entry.spec, entry.next));
                entry.running = true;
                entry.next = entry.next.plus(entry.interval); // from the planned time: a late start does not drift
            }
            place(entry);
        }
        return due;
    }

    /** A run has ended: the check may run again. */
    synchronized void finished(DependencyId dependency) {
        Entry entry = entries.get(dependency);
        if (entry != null) {
            entry.running = false;
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized Optional<Instant> nextRun(DependencyId dependency) {
        return Optional.ofNullable(entries.get(dependency)).map(e -> e.next);
    }

    synchronized long skippedWhileRunning() {
        return skippedWhileRunning;
    }

    synchronized long respread() {
        return respread;
    }

    private void place(Entry entry) {
        entry.generation++;
        queue.add(new Slot(entry, entry.next, entry.generation));
        if (queue.size() > 4 * entries.size() + 1024) {
            queue.removeIf(s -> s.generation() != s.entry().generation || entries.get(s.entry().dependency) != s.entry());
        }
    }

    private Duration jitter(Duration window) {
        long millis = window.toMillis();
        return millis <= 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(millis));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
