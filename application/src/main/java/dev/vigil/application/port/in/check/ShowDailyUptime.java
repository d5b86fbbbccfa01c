package dev.vigil.application.port.in.check;

import dev.vigil.domain.system.DependencyId;
import java.util.List;

/** One point per UTC day for the last {@code days} days up to today, oldest first. */
public interface ShowDailyUptime {
    int MAX_DAYS = 3660;

    List<DailyUptime> of(DependencyId dependency, int days);
}
