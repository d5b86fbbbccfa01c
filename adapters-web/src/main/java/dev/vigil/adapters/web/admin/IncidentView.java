package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One incident ({@code /admin/incidents/{id}}): what it is, its whole timeline (internal updates marked as such),
 * and the forms to post an update, change its state, acknowledge, resolve, edit, write the postmortem, delete.
 */
public record IncidentView(AdminChrome chrome, String notice, IncidentsView.Item incident, boolean resolved,
                           String resolvedAt, String postmortem, List<UpdateLine> timeline, FormState update,
                           FormState state, FormState acknowledge, FormState resolve, FormState edit,
                           FormState delete, List<Choice> states, List<Choice> impacts, List<Choice> systems,
                           String publicNote) {

    /** One update of the timeline, newest first. */
    public record UpdateLine(int number, String at, String state, String message, String by, boolean internal) {
    }

    /** A form that was refused, to show again with what was typed. */
    record Refusal(String form, FormState state) {
    }

    static IncidentView from(Incident incident, List<MonitoredSystem> systems, Instant now, AdminChrome chrome,
                             String notice, Optional<Refusal> refusal) {
        Map<SystemId, String> names = AdminText.namesOf(systems);
        Map<String, FormState> refused = new HashMap<>();
        refusal.ifPresent(r -> refused.put(r.form(), r.state()));
        List<UpdateLine> timeline = incident.updates().stream()
                .sorted(Comparator.comparingInt(IncidentUpdate::number).reversed())
                .map(u -> new UpdateLine(u.number(), StatusDetails.time(u.at()), IncidentBadges.state(u.state()),
                        u.message(), u.by(), u.visibility() == UpdateVisibility.INTERNAL))
                .toList();
        FormState edit = refused.getOrDefault("edit", FormState.of(Map.of("title", incident.title(),
                "impact", incident.impact().wireName(), "postmortem", incident.postmortem(),
                "system_ids", incident.systems().stream().map(s -> Long.toString(s.value()))
                        .collect(Collectors.joining(",")))));
        FormState state = refused.getOrDefault("state", FormState.of(Map.of("visibility", "public",
                "state", next(incident.state()).wireName())));
        List<Choice> states = List.of(IncidentState.INVESTIGATING, IncidentState.IDENTIFIED, IncidentState.MONITORING)
                .stream().filter(s -> s != incident.state())
                .map(s -> new Choice(s.wireName(), IncidentBadges.state(s), state.is("state", s.wireName()))).toList();
        return new IncidentView(chrome, notice, IncidentsView.item(incident, names, now), incident.isResolved(),
                incident.resolvedAt().map(StatusDetails::time).orElse(""), incident.postmortem(), timeline,
                refused.getOrDefault("update", FormState.of(Map.of("visibility", "public"))), state,
                refused.getOrDefault("acknowledge", FormState.blank()), refused.getOrDefault("resolve", FormState.blank()),
                edit, refused.getOrDefault("delete", FormState.blank()), states, IncidentsView.impacts(edit),
                AdminText.choices(systems, id -> edit.is("system_ids", Long.toString(id.value()))),
                "The public status page shows this incident's impact, state, times and public updates, never its "
                        + "title or internal updates.");
    }

    /** The state the form offers first: the next one along the usual way. */
    private static IncidentState next(IncidentState state) {
        return switch (state) {
            case INVESTIGATING -> IncidentState.IDENTIFIED;
            case IDENTIFIED, RESOLVED -> IncidentState.MONITORING;
            case MONITORING -> IncidentState.IDENTIFIED;
        };
    }
}
