package dev.vigil.application.port.in.system;

import dev.vigil.domain.system.SystemId;

/** Removes a system and its dependencies; their status history is kept. */
public interface DeleteSystem {
    void delete(SystemId id);
}
