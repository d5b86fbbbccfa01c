package dev.vigil.application.service;

import dev.vigil.application.port.in.status.ListPublicMaintenance;
import dev.vigil.application.port.in.status.PublicMaintenance;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the windows of the last 90 days and the next ones to come (two queries) and keeps what the public may see:
 * not cancelled, and concerning every system or at least one public one (the private ones are left out).
 */
public final class ListPublicMaintenanceService implements ListPublicMaintenance {
    /** How far back completed windows are listed. */
    public static final Duration HISTORY = Duration.ofDays(90);
    /** At most this many windows to come are listed. */
    public static final int UPCOMING = 50;

    private final Systems systems;
    private final MaintenanceWindows windows;
    private final Clock clock;

    public ListPublicMaintenanceService(Systems systems, MaintenanceWindows windows, Clock clock) {
        this.systems = systems;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public List<PublicMaintenance> list() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Set<SystemId> shown = systems.all().stream().filter(s -> s.visibility() == Visibility.PUBLIC)
                .map(MonitoredSystem::id).collect(Collectors.toSet());
        Map<Long, MaintenanceWindow> found = new LinkedHashMap<>();
        windows.overlapping(now.minus(HISTORY), now.plusMillis(1)).forEach(w -> found.put(w.id().value(), w));
        windows.upcoming(now).stream().limit(UPCOMING).forEach(w -> found.put(w.id().value(), w));
        List<PublicMaintenance> listed = new ArrayList<>();
        for (MaintenanceWindow w : found.values()) {
            MaintenanceState state = w.state(now);
            List<SystemId> visible = w.systems().stream().filter(shown::contains)
                    .sorted(Comparator.comparingLong(SystemId::value)).toList();
            if (state == MaintenanceState.CANCELLED || (!w.systems().isEmpty() && visible.isEmpty())) {
                continue;
            }
            listed.add(new PublicMaintenance(w.id(), w.title(), w.description(), w.startsAt(), w.endsAt(), state,
                    visible, w.createdAt(), w.updatedAt()));
        }
        listed.sort(Comparator.comparing(PublicMaintenance::startsAt).reversed()
                .thenComparing(m -> m.id().value(), Comparator.reverseOrder()));
        return List.copyOf(listed);
    }
}
