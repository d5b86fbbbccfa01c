package dev.vigil.adapters.web.page;

import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.status.StatusOverview.DependencyLine;
import dev.vigil.application.port.in.status.StatusOverview.SystemLine;
import dev.vigil.domain.counter.Counter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /status.json}, exactly seed 000's contract. Components are the public systems, failures first, each followed
 * by its dependencies: a system's {@code component} is its slug, a dependency's is {@code <system slug>/<dependency
 * id>} (stable when the dependency is renamed). {@code latency_ms} and {@code last_checked_at} come from the
 * dependency's check (null without one, before its first result; {@code latency_ms} also after a failure and for push
 * checks); {@code detail} says what the check saw, its reason when failing. {@code snapshot} holds the public counters
 * by name; {@code incidents} those of the last 90 days, newest first, with {@code contained_at} when the incident
 * reached monitoring (and stayed), or its resolution.
 */
public record StatusJson(String overallState, List<Component> components, Map<String, Long> snapshot,
                         List<Incident> incidents, Instant generatedAt) {

    public record Component(String component, String label, String state, String detail, Long latencyMs,
                            Instant lastCheckedAt) {
    }

    public record Incident(String severity, String status, Instant discoveredAt, Instant containedAt,
                           Instant resolvedAt) {
    }

    public static StatusJson from(StatusOverview overview) {
        List<Component> components = new ArrayList<>();
        for (SystemLine line : overview.systems()) {
            String slug = line.system().slug().value();
            components.add(new Component(slug, line.system().name(), StatusStyle.of(line.system().status()).state(),
                    StatusDetails.of(line), null, null));
            for (DependencyLine d : line.dependencies()) {
                components.add(new Component(slug + "/" + d.dependency().id().value(), d.dependency().name(),
                        StatusStyle.of(d.dependency().status()).state(), StatusDetails.of(d),
                        d.latency().map(Duration::toMillis).orElse(null), d.lastCheckedAt().orElse(null)));
            }
        }
        Map<String, Long> snapshot = new LinkedHashMap<>();
        for (Counter c : overview.counters()) {
            snapshot.put(c.name().value(), c.value());
        }
        List<Incident> incidents = overview.incidents().stream()
                .map(i -> new Incident(i.severity(), i.status(), i.discoveredAt(), i.containedAt().orElse(null),
                        i.resolvedAt().orElse(null)))
                .toList();
        return new StatusJson(overview.overall().wireName(), components, snapshot, incidents, overview.generatedAt());
    }
}
