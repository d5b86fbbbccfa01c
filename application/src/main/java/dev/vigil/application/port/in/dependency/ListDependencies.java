package dev.vigil.application.port.in.dependency;

import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.SystemId;
import java.util.List;

/** The dependencies of one system, ordered by name. */
public interface ListDependencies {
    List<Dependency> of(SystemId system);
}
