package dev.vigil.application.service;

import dev.vigil.application.port.in.check.ListScheduledChecks;
import dev.vigil.application.port.out.Checks;
import dev.vigil.domain.check.Check;
import java.util.List;

/** Lists the checks the scheduler runs. */
public final class ListScheduledChecksService implements ListScheduledChecks {
    private final Checks checks;

    public ListScheduledChecksService(Checks checks) {
        this.checks = checks;
    }

    @Override
    public List<Check> all() {
        return checks.scheduled();
    }
}
