package dev.vigil.application.port.in.check;

import dev.vigil.domain.check.Check;
import dev.vigil.domain.system.DependencyId;
import java.util.Collection;
import java.util.Map;

/** The checks of some dependencies (those that have one), for showing them beside the dependencies. */
public interface FindChecks {
    Map<DependencyId, Check> of(Collection<DependencyId> dependencies);
}
