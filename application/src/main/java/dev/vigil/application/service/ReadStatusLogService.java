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
        query.system().ifPresent(id -> systems.byId(id).orElseThrow(() -> new UnknownSystem(id)));
        query.dependency().ifPresent(id -> dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id)));
        if (query.source().isPresent()) {
            return log.latestFromSource(query.source().get(), query.system(), query.dependency(), query.limit());
        }
        if (query.system().isPresent()) {
            return log.latestOfSystem(query.system().get(), query.limit());
        }
        if (query.dependency().isPresent()) {
            return log.latestOfDependency(query.dependency().get(), query.limit());
        }
        return log.latest(query.limit());
    }
}
