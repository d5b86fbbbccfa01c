package dev.vigil.application.service;

import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.application.port.in.system.UpdateSystem;
import dev.vigil.application.port.in.system.UpdateSystemCommand;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlugAlreadyTaken;
import dev.vigil.domain.system.SystemDetails;
import java.time.Clock;

/** Changes the given fields of a system and keeps the rest. */
public final class UpdateSystemService implements UpdateSystem {
    private final Systems systems;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateSystemService(Systems systems, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MonitoredSystem update(UpdateSystemCommand command) {
        return transactions.inTransaction(() -> {
            MonitoredSystem system = systems.byId(command.id()).orElseThrow(() -> new UnknownSystem(command.id()));
            SystemDetails details = system.details();
            details = command.name().map(details::withName).orElse(details);
            details = command.slug().map(details::withSlug).orElse(details);
            details = command.description().map(details::withDescription).orElse(details);
            details = command.url().map(details::withUrl).orElse(details);
            details = command.owner().map(details::withOwner).orElse(details);
            details = command.visibility().map(details::withVisibility).orElse(details);
            details = command.slaTarget().map(details::withSlaTarget).orElse(details);
            details = command.autoIncidentAfter().map(details::withAutoIncidentAfter).orElse(details);
            if (!details.slug().equals(system.slug())) {
                SystemDetails changed = details;
                systems.bySlug(details.slug()).filter(other -> !other.id().equals(system.id())).ifPresent(other -> {
                    throw new SlugAlreadyTaken(changed.slug());
                });
            }
            if (details.equals(system.details())) {
                return system;
            }
            MonitoredSystem updated = system.describe(details, clock.instant());
            systems.save(updated);
            return updated;
        });
    }
}
