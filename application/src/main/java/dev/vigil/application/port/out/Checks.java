package dev.vigil.application.port.out;

import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.system.DependencyId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where checks are kept, one per dependency at most; removing a dependency removes its check. */
public interface Checks {
    /** Stores a new check or replaces the stored state of an existing one; its dependency must exist. */
    void save(Check check);

    /** Stores many checks at once. */
    void saveAll(Collection<Check> checks);

    /**
     * Stores where stored checks now stand (counts, last result, last ping, missing), all at once; their
     * configuration is taken as unchanged. Checks no longer stored are skipped.
     */
    void saveStates(Collection<Check> checks);

    Optional<Check> byDependency(DependencyId dependency);

    /** The checks of those dependencies that have one. */
    Map<DependencyId, Check> byDependencies(Collection<DependencyId> dependencies);

    /** The push check whose token has this hash. */
    Optional<Check> byTokenHash(SecretHash hash);

    /** Every check Vigil runs itself (HTTP and TCP), ordered by dependency id. */
    List<Check> scheduled();

    /** Push checks not yet missing whose ping deadline lies before {@code now}. */
    List<Check> pushOverdue(Instant now);

    void delete(DependencyId dependency);
}
