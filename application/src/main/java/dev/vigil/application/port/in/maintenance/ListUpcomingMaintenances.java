package dev.vigil.application.port.in.maintenance;

import java.util.List;

/** The windows still to come (not cancelled), earliest start first. */
public interface ListUpcomingMaintenances {
    List<MaintenanceSnapshot> upcoming();
}
