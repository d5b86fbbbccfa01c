package dev.vigil.domain.maintenance;

import java.util.List;

/** Wording shared by the maintenance events' summaries. */
final class MaintenanceEvents {
    private MaintenanceEvents() {
    }

    static String affecting(boolean allSystems, List<String> systemNames) {
        if (allSystems) {
            return " (all systems)";
        }
        return systemNames.isEmpty() ? "" : " (" + String.join(", ", systemNames) + ")";
    }
}
