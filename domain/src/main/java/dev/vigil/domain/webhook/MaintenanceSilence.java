package dev.vigil.domain.webhook;

import dev.vigil.domain.event.EventType;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.SystemId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Maintenance silences status notifications for the systems it covers. A status change or a missing heartbeat is
 * not notified when every system it concerns is quiet:
 * <ul>
 *   <li>a maintenance window covers the system at the event's time: nothing about its status is sent; the
 *       maintenance events themselves tell the channel when the window starts and ends;</li>
 *   <li>the system shows {@code maintenance} (set by hand, or by a window once the roll-up honours windows): changes
 *       of its dependencies and missing heartbeats are not sent, but the system's own changes are (into and out of
 *       maintenance, or a person marking it red), so the channel knows when the silence starts and ends.</li>
 * </ul>
 * Incidents, maintenance and SLA events are never silenced.
 */
public final class MaintenanceSilence {
    private MaintenanceSilence() {
    }

    public static boolean silences(EventRecord event, Predicate<SystemId> windowCovers,
                                   Function<SystemId, Optional<Status>> shownStatus) {
        if (event.type() != EventType.STATUS_CHANGE && event.type() != EventType.HEARTBEAT_MISSING) {
            return false;
        }
        if (event.systems().isEmpty()) {
            return false;
        }
        boolean ownChange = event.statusChange().map(s -> !s.isAboutDependency()).orElse(false);
        return event.systemIds().stream().allMatch(system -> windowCovers.test(system)
                || (!ownChange && shownStatus.apply(system).filter(s -> s == Status.MAINTENANCE).isPresent()));
    }
}
