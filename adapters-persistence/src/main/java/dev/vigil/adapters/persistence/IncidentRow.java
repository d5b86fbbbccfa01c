package dev.vigil.adapters.persistence;

import dev.vigil.domain.incident.AutomaticWatch;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.system.SystemId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A row of the {@code incidents} table. */
public record IncidentRow(long id, String title, String impact, String state, long startedAt, Long resolvedAt,
                          String acknowledgedBy, Long acknowledgedAt, String postmortem, Long autoSystemId,
                          Long autoOutageSince, Long autoLastSeenEntry, long createdAt, long updatedAt) {

    static IncidentRow of(Incident i) {
        Optional<AutomaticWatch> w = i.watch();
        return new IncidentRow(i.id().value(), i.title(), Columns.name(i.impact()), Columns.name(i.state()),
                Columns.millis(i.startedAt()), Columns.millis(i.resolvedAt()), i.acknowledgedBy().orElse(null),
                Columns.millis(i.acknowledgedAt()), i.postmortem(),
                w.map(x -> x.system().value()).orElse(null), w.map(x -> Columns.millis(x.outageSince())).orElse(null),
                w.map(AutomaticWatch::lastSeenLogEntry).orElse(null), Columns.millis(i.createdAt()),
                Columns.millis(i.updatedAt()));
    }

    Incident toDomain(List<IncidentUpdate> updates, Collection<Long> systems) {
        Optional<AutomaticWatch> watch = Optional.ofNullable(autoSystemId).map(system -> new AutomaticWatch(
                new SystemId(system), Columns.instant(autoOutageSince.longValue()), autoLastSeenEntry));
        return Incident.restore(new IncidentId(id), title, Columns.enumOf(Impact.class, impact),
                Columns.enumOf(IncidentState.class, state),
                systems.stream().map(SystemId::new).collect(Collectors.toSet()), watch, Columns.instant(startedAt),
                Columns.instant(resolvedAt), Optional.ofNullable(acknowledgedBy), Columns.instant(acknowledgedAt),
                postmortem, updates, Columns.instant(createdAt), Columns.instant(updatedAt));
    }
}
