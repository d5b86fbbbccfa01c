package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.Check;
import java.util.List;

/** Every check Vigil runs itself (HTTP and TCP), for the scheduler. */
public interface ListScheduledChecks {
    List<Check> all();
}
