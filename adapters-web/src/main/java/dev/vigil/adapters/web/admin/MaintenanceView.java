package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.application.port.in.maintenance.MaintenanceSnapshot;
import dev.vigil.domain.maintenance.MaintenanceState;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Maintenance ({@code /admin/maintenance}): in progress, to come, the latest of all, and the form to schedule one. */
public record MaintenanceView(AdminChrome chrome, String notice, List<Item> active, List<Item> upcoming,
                              List<Item> latest, FormState schedule, List<Choice> systems) {

    /** A window in a list, with what may still be done to it. */
    public record Item(long id, String title, String description, String state, String start, String end,
                       String systems, boolean cancellable, boolean deletable) {
    }

    static MaintenanceView from(List<MaintenanceSnapshot> active, List<MaintenanceSnapshot> upcoming,
                                List<MaintenanceSnapshot> latest, List<MonitoredSystem> systems, Instant now,
                                AdminChrome chrome, String notice, FormState schedule) {
        Map<SystemId, String> names = AdminText.namesOf(systems);
        return new MaintenanceView(chrome, notice, items(active, names), items(upcoming, names), items(latest, names),
                schedule, AdminText.choices(systems, id -> schedule.is("system_ids", Long.toString(id.value()))));
    }

    private static List<Item> items(List<MaintenanceSnapshot> windows, Map<SystemId, String> names) {
        return windows.stream().map(s -> {
            var w = s.window();
            MaintenanceState state = s.state();
            return new Item(w.id().value(), w.title(), w.description(), state.wireName().replace('_', ' '),
                    StatusDetails.time(w.startsAt()), StatusDetails.time(w.endsAt()),
                    AdminText.names(w.systems(), names, "all systems"),
                    state == MaintenanceState.SCHEDULED || state == MaintenanceState.IN_PROGRESS,
                    state == MaintenanceState.SCHEDULED || (state == MaintenanceState.CANCELLED
                            && w.activatedAt().isEmpty()));
        }).toList();
    }
}
