package dev.vigil.application.service;

import dev.vigil.application.port.in.system.DeleteSystem;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.SystemId;

/** Removes a system with its dependencies in one transaction; the status log keeps their history. */
public final class DeleteSystemService implements DeleteSystem {
    private final Systems systems;
    private final Dependencies dependencies;
    private final Transactions transactions;

    public DeleteSystemService(Systems systems, Dependencies dependencies, Transactions transactions) {
        this.systems = systems;
        this.dependencies = dependencies;
        this.transactions = transactions;
    }

    @Override
    public void delete(SystemId id) {
        transactions.run(() -> {
            systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
            dependencies.deleteOfSystem(id);
            systems.delete(id);
        });
    }
}
