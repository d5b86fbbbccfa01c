package dev.vigil.application.service;

import dev.vigil.application.port.in.sla.ChangeSlaTarget;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import java.time.Clock;

/** Sets a system's SLA target; the same target again changes nothing. */
public final class ChangeSlaTargetService implements ChangeSlaTarget {
    private final Systems systems;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeSlaTargetService(Systems systems, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MonitoredSystem change(SystemId id, SlaTarget target) {
        return transactions.inTransaction(() -> {
            MonitoredSystem system = systems.byId(id).orElseThrow(() -> new UnknownSystem(id));
            if (system.details().slaTarget().equals(target)) {
                return system;
            }
            MonitoredSystem changed = system.describe(system.details().withSlaTarget(target), clock.instant());
            systems.save(changed);
            return changed;
        });
    }
}
