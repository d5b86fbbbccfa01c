package dev.vigil.adapters.web.admin;

import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How admin pages write figures and read the fields of their forms that are not plain text. */
final class AdminText {
    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AdminText() {
    }

    /** A percentage with two decimals: "99.95 %". */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f %%", value);
    }

    /** A duration as people say it ("12 min"), or "–" when there is none. */
    static String duration(Optional<Duration> d) {
        return d.map(AdminText::duration).orElse("–");
    }

    static String duration(Duration d) {
        if (d.isNegative()) {
            return "−" + Incident.inWords(d.negated());
        }
        return d.isZero() ? "0 s" : Incident.inWords(d);
    }

    /** An instant as a {@code datetime-local} field holds it (UTC, to the minute). */
    static String formTime(Instant t) {
        return FORM_TIME.format(t);
    }

    /**
     * A time typed into a form: {@code 2026-03-01T12:00} (a {@code datetime-local} field, read as UTC, seconds
     * optional) or ISO-8601 with a zone or offset.
     */
    static Instant time(String text, String field) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (t.length() <= 40) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return java.time.OffsetDateTime.parse(t).toInstant();
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException(field + " must be a time such as 2026-03-01T12:00 (UTC)");
    }

    /** The ids ticked in a form's {@code field} checkboxes, at most {@code max}. */
    static Set<SystemId> systemIds(Form form, String field, int max) {
        List<String> values = form.all(field);
        if (values.size() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " items");
        }
        Set<SystemId> ids = new LinkedHashSet<>();
        for (String v : values) {
            try {
                long id = Long.parseLong(v.strip());
                if (id > 0) {
                    ids.add(new SystemId(id));
                    continue;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException(field + " must hold system ids");
        }
        return ids;
    }

    /** The names of {@code ids} ("Shop, Search"), or {@code none} when there are none. */
    static String names(Collection<SystemId> ids, Map<SystemId, String> names, String none) {
        if (ids.isEmpty()) {
            return none;
        }
        return ids.stream().map(id -> names.getOrDefault(id, "system " + id.value() + " (deleted)"))
                .collect(Collectors.joining(", "));
    }

    static Map<SystemId, String> namesOf(List<MonitoredSystem> systems) {
        return systems.stream().collect(Collectors.toMap(MonitoredSystem::id, MonitoredSystem::name, (a, b) -> a));
    }

    /** A checkbox per system for a form that picks systems, ticked as {@code ticked} says. */
    static List<Choice> choices(List<MonitoredSystem> systems, Function<SystemId, Boolean> ticked) {
        return systems.stream().map(s -> new Choice(Long.toString(s.id().value()), s.name(), ticked.apply(s.id())))
                .toList();
    }
}
