package dev.vigil.adapters.web.ecosystem;

import dev.vigil.adapters.web.page.PublicEvents;
import dev.vigil.application.port.in.status.PublicMaintenance;
import dev.vigil.application.port.in.status.StatusOverview.IncidentLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.maintenance.MaintenanceState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The history the feeds publish: one entry per public incident (its public updates, newest first) and per public
 * maintenance window, most recently updated first, at most 50; for one system, only what concerns it. Entry ids are
 * stable URNs derived from the incident's or window's id.
 */
record HistoryFeed(String id, String title, String subtitle, String link, String self, Instant updated,
                   List<Entry> entries) {
    static final int MAX_ENTRIES = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    record Entry(String id, String title, String link, Instant published, Instant updated, String text,
                 List<String> categories) {
    }

    static HistoryFeed of(PublicView view, Optional<SystemLine> only, String selfPath) {
        List<Entry> entries = new ArrayList<>();
        for (IncidentLine i : view.incidents()) {
            if (only.isEmpty() || PublicView.concerns(i.systems(), only.get().system().id())) {
                entries.add(incident(view, i));
            }
        }
        for (PublicMaintenance m : view.maintenance()) {
            if (only.isEmpty() || PublicView.concerns(m.systems(), only.get().system().id())) {
                entries.add(maintenance(view, m));
            }
        }
        entries.sort(Comparator.comparing(Entry::updated).thenComparing(Entry::id).reversed());
        List<Entry> kept = entries.stream().limit(MAX_ENTRIES).toList();
        Instant updated = kept.stream().map(Entry::updated).max(Comparator.naturalOrder())
                .orElse(view.overview().generatedAt());
        String name = only.map(l -> l.system().name() + " – " + view.pageName()).orElse(view.pageName());
        String link = only.map(l -> view.systemPage(l.system())).orElse(view.statusPage());
        String feedId = urn("history" + only.map(l -> " system " + l.system().id().value()).orElse(""));
        return new HistoryFeed(feedId, name + " history", "Incidents and maintenance of " + name, link,
                view.origin() + selfPath, updated, kept);
    }

    private static Entry incident(PublicView view, IncidentLine i) {
        List<IncidentUpdate> updates = i.updates().stream().filter(IncidentUpdate::isPublic)
                .sorted(Comparator.comparing(IncidentUpdate::at).reversed()).toList();
        Instant updated = Stream.concat(Stream.of(i.discoveredAt()), Stream.concat(i.resolvedAt().stream(),
                updates.stream().map(IncidentUpdate::at))).max(Comparator.naturalOrder()).orElseThrow();
        StringBuilder text = new StringBuilder();
        for (IncidentUpdate u : updates) {
            text.append(WHEN.format(u.at())).append(" – ").append(PublicEvents.stateLabel(u.state())).append(": ")
                    .append(u.message()).append("\n\n");
        }
        text.append("Started ").append(WHEN.format(i.discoveredAt()));
        i.resolvedAt().ifPresent(r -> text.append(", resolved ").append(WHEN.format(r)));
        text.append(". Affects: ").append(affects(view, i.systems(), "no particular system")).append('.');
        String title = StatuspageV2.incidentName(view, i) + " – " + PublicEvents.stateLabel(i.state());
        return new Entry(urn("incident " + i.id().value()), title, view.statusPage(), i.discoveredAt(), updated,
                text.toString(), List.of("incident", i.impact().wireName()));
    }

    private static Entry maintenance(PublicView view, PublicMaintenance m) {
        String state = switch (m.state()) {
            case SCHEDULED -> "Scheduled";
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
        };
        StringBuilder text = new StringBuilder();
        if (!m.description().isBlank()) {
            text.append(m.description()).append("\n\n");
        }
        text.append("Scheduled from ").append(WHEN.format(m.startsAt())).append(" to ").append(WHEN.format(m.endsAt()))
                .append(". Affects: ").append(affects(view, m.systems(), "all systems")).append('.');
        Instant updated = m.state() == MaintenanceState.COMPLETED ? m.endsAt()
                : m.state() == MaintenanceState.IN_PROGRESS ? max(m.startsAt(), m.updatedAt()) : m.updatedAt();
        return new Entry(urn("maintenance " + m.id().value()), "Maintenance: " + m.title() + " – " + state,
                view.statusPage(), m.createdAt(), updated, text.toString(), List.of("maintenance"));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String affects(PublicView view, List<dev.vigil.domain.system.SystemId> ids, String none) {
        if (ids.isEmpty()) {
            return none;
        }
        return view.concerned(ids).stream().map(l -> l.system().name()).collect(Collectors.joining(", "));
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("vigil " + name).getBytes(StandardCharsets.UTF_8));
    }
}
