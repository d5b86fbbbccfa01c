package dev.vigil.application.port.in.maintenance;

import java.util.List;

/** Every maintenance window, latest start first, a page at a time ({@code limit} 1 to {@value #MAX_LIMIT}). */
public interface ListMaintenances {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 200;

    List<MaintenanceSnapshot> page(int limit, int offset);
}
