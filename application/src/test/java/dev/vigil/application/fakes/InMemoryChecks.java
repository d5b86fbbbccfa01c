package dev.vigil.application.fakes;

import dev.vigil.application.port.out.Checks;
import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.system.DependencyId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Checks in a map; like the database's cascading foreign key, a check disappears with its dependency. */
public final class InMemoryChecks implements Checks {
    private final InMemoryDependencies dependencies;
    private final Map<DependencyId, Check> checks = new TreeMap<>(Comparator.comparingLong(DependencyId::value));

    public InMemoryChecks(InMemoryDependencies dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public synchronized void save(Check check) {
        if (dependencies.byId(check.dependency()).isEmpty()) {
            throw new IllegalStateException("dependency " + check.dependency() + " is not stored");
        }
        byTokenHash(hashOf(check).orElse(null)).filter(other -> !other.equals(check)).ifPresent(other -> {
            throw new IllegalStateException("another check has the same token hash");
        });
        checks.put(check.dependency(), check);
    }

    @Override
    public synchronized void saveAll(Collection<Check> all) {
        all.forEach(this::save);
    }

    @Override
    public synchronized void saveStates(Collection<Check> all) {
        for (Check check : all) {
            Check stored = live().get(check.dependency());
            if (stored != null) {
                checks.put(check.dependency(), Check.restore(stored.dependency(), stored.spec(), stored.thresholds(),
                        check.state(), stored.configuredAt()));
            }
        }
    }

    @Override
    public synchronized Optional<Check> byDependency(DependencyId dependency) {
        return Optional.ofNullable(live().get(dependency));
    }

    @Override
    public synchronized Map<DependencyId, Check> byDependencies(Collection<DependencyId> ids) {
        Map<DependencyId, Check> live = live();
        Map<DependencyId, Check> found = new LinkedHashMap<>();
        for (DependencyId id : ids) {
            if (live.containsKey(id)) {
                found.put(id, live.get(id));
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<Check> byTokenHash(SecretHash hash) {
        if (hash == null) {
            return Optional.empty();
        }
        return live().values().stream().filter(c -> hashOf(c).filter(hash::equals).isPresent()).findFirst();
    }

    @Override
    public synchronized List<Check> scheduled() {
        return live().values().stream().filter(c -> c.kind() != CheckKind.PUSH).toList();
    }

    @Override
    public synchronized List<Check> pushOverdue(Instant now) {
        return live().values().stream()
                .filter(c -> !c.state().missing() && c.pingDeadline().filter(now::isAfter).isPresent())
                .toList();
    }

    @Override
    public synchronized void delete(DependencyId dependency) {
        checks.remove(dependency);
    }

    private Map<DependencyId, Check> live() {
        checks.keySet().removeIf(id -> dependencies.byId(id).isEmpty());
        return checks;
    }

    private static Optional<SecretHash> hashOf(Check check) {
        return check.spec() instanceof PushCheck push ? Optional.of(push.tokenHash()) : Optional.empty();
    }

    // Backups (issue 7)
    /** Forgets everything stored; the id sequence stays where it is. */
    public synchronized void clear() {
        checks.clear();
    }
}
