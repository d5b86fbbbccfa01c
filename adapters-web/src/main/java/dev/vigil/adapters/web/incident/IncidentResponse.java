package dev.vigil.adapters.web.incident;

import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An incident as the (authenticated) API shows it, its timeline newest first with internal updates included;
 * {@code duration_seconds} runs to now while it is open.
 */
public record IncidentResponse(long id, String title, String impact, String state, String origin,
                               List<Long> systemIds, Instant startedAt, Instant resolvedAt, String acknowledgedBy,
                               Instant acknowledgedAt, String postmortem, long durationSeconds, Instant createdAt,
                               Instant updatedAt, List<IncidentUpdateResponse> updates) {

    public static IncidentResponse of(Incident i, Instant now) {
        List<IncidentUpdateResponse> timeline = new ArrayList<>();
        for (int n = i.updates().size() - 1; n >= 0; n--) {
            timeline.add(IncidentUpdateResponse.of(i.id(), i.updates().get(n)));
        }
        return new IncidentResponse(i.id().value(), i.title(), i.impact().wireName(), i.state().wireName(),
                i.origin().wireName(), i.systems().stream().map(SystemId::value).toList(), i.startedAt(),
                i.resolvedAt().orElse(null), i.acknowledgedBy().orElse(null), i.acknowledgedAt().orElse(null),
                i.postmortem(), i.duration(now).toSeconds(), i.createdAt(), i.updatedAt(), timeline);
    }
}
