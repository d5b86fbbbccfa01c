package dev.vigil.application.port.in.maintenance;

import java.util.List;

/** The windows in progress now, earliest start first. */
public interface ListActiveMaintenances {
    List<MaintenanceSnapshot> active();
}
