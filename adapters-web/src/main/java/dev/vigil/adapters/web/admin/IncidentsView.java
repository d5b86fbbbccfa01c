package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.page.StatusDetails;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Incidents ({@code /admin/incidents}): those still open, the latest of all, and the form to open one. */
public record IncidentsView(AdminChrome chrome, String notice, List<Item> active, List<Item> latest,
                            FormState open, List<Choice> impacts, List<Choice> systems) {

    /** An incident in a list. */
    public record Item(long id, String href, String title, Badge impact, String state, String systems, String started,
                       String duration, String origin, String acknowledged) {
    }

    static IncidentsView from(List<Incident> active, List<Incident> latest, List<MonitoredSystem> systems, Instant now,
                              AdminChrome chrome, String notice, FormState open) {
        Map<SystemId, String> names = AdminText.namesOf(systems);
        return new IncidentsView(chrome, notice, active.stream().map(i -> item(i, names, now)).toList(),
                latest.stream().map(i -> item(i, names, now)).toList(), open, impacts(open),
                AdminText.choices(systems, id -> open.is("system_ids", Long.toString(id.value()))));
    }

    static Item item(Incident i, Map<SystemId, String> names, Instant now) {
        return new Item(i.id().value(), "/admin/incidents/" + i.id().value(), i.title(), IncidentBadges.impact(i.impact()),
                IncidentBadges.state(i.state()), AdminText.names(i.systems(), names, "no particular system"),
                StatusDetails.time(i.startedAt()), AdminText.duration(i.duration(now)), i.origin().wireName(),
                i.acknowledgedBy().map(b -> "by " + b).orElse("not yet"));
    }

    static List<Choice> impacts(FormState form) {
        return List.of(Impact.values()).stream().map(i -> new Choice(i.wireName(),
                IncidentBadges.impact(i).label(), form.is("impact", i.wireName()))).toList();
    }
}
