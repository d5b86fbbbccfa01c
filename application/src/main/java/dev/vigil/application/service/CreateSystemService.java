package dev.vigil.application.service;

import dev.vigil.application.port.in.system.CreateSystem;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlugAlreadyTaken;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemDetails;
import java.time.Clock;

/** Registers a system under the slug asked for, or under a free slug derived from its name. */
public final class CreateSystemService implements CreateSystem {
    private static final int MAX_SUFFIX = 10_000;

    private final Systems systems;
    private final Transactions transactions;
    private final Clock clock;

    public CreateSystemService(Systems systems, Transactions transactions, Clock clock) {
        this.systems = systems;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MonitoredSystem create(CreateSystemCommand command) {
        SystemDetails details = new SystemDetails(command.name(), command.slug().orElseGet(() -> Slug.fromName(command.name())),
                command.description(), command.url(), command.owner(), command.visibility(), command.slaTarget(),
                command.autoIncidentAfter());
        return transactions.inTransaction(() -> {
            Slug slug = command.slug().isPresent() ? requireFree(details.slug()) : freeSlugLike(details.slug());
            MonitoredSystem system = MonitoredSystem.register(systems.nextId(), details.withSlug(slug), clock.instant());
            systems.save(system);
            return system;
        });
    }

    private Slug requireFree(Slug slug) {
        if (systems.bySlug(slug).isPresent()) {
            throw new SlugAlreadyTaken(slug);
        }
        return slug;
    }

    private Slug freeSlugLike(Slug base) {
        if (systems.bySlug(base).isEmpty()) {
            return base;
        }
        for (int n = 2; n <= MAX_SUFFIX; n++) {
            Slug candidate = base.withSuffix(n);
            if (systems.bySlug(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new SlugAlreadyTaken(base);
    }
}
