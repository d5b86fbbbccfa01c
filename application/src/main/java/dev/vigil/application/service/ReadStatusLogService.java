package dev.vigil.application.service;

import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.in.log.ReadStatusLog;
import dev.vigil.application.port.in.log.StatusLogQuery;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.log.StatusLogEntry;
import java.util.List;

/** Reads the status log; asking for the log of a system or dependency that does not exist is an error. */
public final class ReadStatusLogService implements ReadStatusLog {
    private final Systems systems;
    private final Dependencies dependencies;
    private final StatusLog log;

    public ReadStatusLogService(Systems systems, Dependencies dependencies, StatusLog log) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.log = log;
    }

    @Override
    public List<StatusLogEntry> read(StatusLogQuery query) {
        if (query.system().isPresent()) {
            var id = query.system().get();
            systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
            return log.latestOfSystem(id, query.limit());
        }
        if (query.dependency().isPresent()) {
            var id = query.dependency().get();
            dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
            return log.latestOfDependency(id, query.limit());
        }
        return log.latest(query.limit());
    }
}
