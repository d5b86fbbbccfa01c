package dev.vigil.adapters.web.metrics;

import dev.vigil.adapters.web.RouteAccess;
import dev.vigil.application.port.in.metrics.MonitoringFigures;
import dev.vigil.application.port.in.metrics.MonitoringFigures.DependencyFigures;
import dev.vigil.application.port.in.metrics.MonitoringFigures.SystemFigures;
import dev.vigil.application.port.in.metrics.ShowMetrics;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.webhook.AttemptOutcome;
import dev.vigil.domain.webhook.DeliveryState;
import io.javalin.http.Context;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /metrics}: Vigil's figures in the Prometheus text format, every name prefixed {@code vigil_}. The figures
 * come from memory ({@link ShowMetrics} takes them at most every few seconds) and the JVM's own counters, so a scrape
 * runs no query. It needs an API key with the {@code read} scope unless configured public.
 */
public final class MetricsController {
    private final ShowMetrics show;
    private final RouteAccess access;
    private final String version;
    private final Clock clock;

    public MetricsController(ShowMetrics show, boolean publicAccess, String version, Clock clock) {
        this.show = show;
        this.access = publicAccess ? RouteAccess.PUBLIC : RouteAccess.READ;
        this.version = version;
        this.clock = clock;
    }

    /** Who may scrape: anyone, or a key with the read scope. */
    public RouteAccess access() {
        return access;
    }

    public void scrape(Context ctx) {
        ctx.contentType(PrometheusText.CONTENT_TYPE);
        ctx.result(render(show.figures()));
    }

    String render(MonitoringFigures f) {
        PrometheusText t = new PrometheusText();
        t.family("vigil_build_info", "gauge", "Always 1; the version of Vigil in a label.").sample(1, "version", version);
        t.family("vigil_metrics_age_seconds", "gauge", "How long ago these figures were taken from the database.")
                .sample(Math.max(0, Duration.between(f.takenAt(), clock.instant()).toMillis()) / 1000.0);
        systems(t, f);
        dependencies(t, f);
        t.family("vigil_incidents", "gauge", "Incidents Vigil keeps, by impact and state.");
        for (Impact impact : Impact.values()) {
            Map<IncidentState, Long> byState = f.incidents().getOrDefault(impact, Map.of());
            for (IncidentState state : IncidentState.values()) {
                t.sample(byState.getOrDefault(state, 0L), "impact", impact.wireName(), "state", state.wireName());
            }
        }
        t.family("vigil_incidents_active", "gauge", "Incidents not resolved, by impact.");
        for (Impact impact : Impact.values()) {
            t.sample(f.active(impact), "impact", impact.wireName());
        }
        t.family("vigil_maintenances_active", "gauge", "Maintenance windows in progress.").sample(f.maintenancesActive());
        t.family("vigil_maintenances_scheduled", "gauge", "Maintenance windows to come, not cancelled.")
                .sample(f.maintenancesScheduled());
        t.family("vigil_sla_breaches_unacknowledged", "gauge", "SLA breaches nobody has acknowledged.")
                .sample(f.unacknowledgedSlaBreaches());
        t.family("vigil_webhook_deliveries", "gauge",
                "Webhook deliveries in the outbox by state (finished ones are pruned after 30 days).");
        for (DeliveryState state : DeliveryState.values()) {
            t.sample(f.deliveries().getOrDefault(state, 0L), "state", state.name().toLowerCase(Locale.ROOT));
        }
        t.family("vigil_webhook_delivery_attempts", "gauge",
                "Attempts of the deliveries in the outbox, by outcome (delivered, failed and to be tried again, rejected).");
        for (AttemptOutcome outcome : AttemptOutcome.values()) {
            t.sample(f.deliveryAttempts().getOrDefault(outcome, 0L), "outcome",
                    outcome.name().toLowerCase(Locale.ROOT));
        }
        jvm(t);
        return t.toString();
    }

    private static void systems(PrometheusText t, MonitoringFigures f) {
        t.family("vigil_systems", "gauge", "Systems registered.").sample(f.systems().size());
        t.family("vigil_system_status", "gauge",
                "A system's status: 0 green (operational), 1 yellow (degraded), 2 red (outage), 3 maintenance, 4 unknown.");
        f.systems().forEach(s -> t.sample(status(s.status()), labels(s)));
        t.family("vigil_system_sla_target_ratio", "gauge", "A system's SLA target on availability, as a ratio.");
        f.systems().forEach(s -> t.sample(s.slaTarget() / 100, labels(s)));
        t.family("vigil_system_uptime_ratio", "gauge",
                "Time operational over time counted (maintenance and unknown excluded) in the last 24 hours.");
        f.systems().forEach(s -> t.sample(s.uptime24h() / 100, with(labels(s), "window", "24h")));
        t.family("vigil_system_availability_ratio", "gauge",
                "Time not in outage over time counted in the calendar month so far (UTC): what the SLA target is about.");
        f.systems().forEach(s -> t.sample(s.availabilityThisMonth() / 100, with(labels(s), "period", "month")));
    }

    private static void dependencies(PrometheusText t, MonitoringFigures f) {
        t.family("vigil_dependencies", "gauge", "Dependencies registered.").sample(f.dependencies().size());
        t.family("vigil_dependency_status", "gauge",
                "A dependency's status: 0 green, 1 yellow, 2 red, 3 maintenance, 4 unknown.");
        f.dependencies().forEach(d -> t.sample(status(d.status()), labels(d)));
        t.family("vigil_dependency_latency_seconds", "gauge",
                "How long the last check of a dependency took (left out when it failed or there is none).");
        f.dependencies().forEach(d -> d.lastLatency().ifPresent(l -> t.sample(l.toMillis() / 1000.0, labels(d))));
        t.family("vigil_dependency_consecutive_failures", "gauge", "Failed checks of a dependency in a row.");
        f.dependencies().forEach(d -> t.sample(d.consecutiveFailures(), labels(d)));
        t.family("vigil_dependency_check_results_total", "counter", "Check results recorded for a dependency.");
        f.dependencies().forEach(d -> t.sample(d.checkResults(), labels(d)));
        t.family("vigil_dependency_check_failures_total", "counter", "Failed check results recorded for a dependency.");
        f.dependencies().forEach(d -> t.sample(d.checkFailures(), labels(d)));
    }

    private static void jvm(PrometheusText t) {
        var memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        t.family("vigil_jvm_memory_used_bytes", "gauge", "JVM memory in use.")
                .sample(heap.getUsed(), "area", "heap").sample(nonHeap.getUsed(), "area", "nonheap");
        t.family("vigil_jvm_memory_committed_bytes", "gauge", "JVM memory committed by the operating system.")
                .sample(heap.getCommitted(), "area", "heap").sample(nonHeap.getCommitted(), "area", "nonheap");
        t.family("vigil_jvm_memory_max_bytes", "gauge", "The most heap the JVM may use.").sample(heap.getMax(),
                "area", "heap");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        t.family("vigil_jvm_threads", "gauge", "Live threads of the JVM.").sample(threads.getThreadCount());
        t.family("vigil_jvm_threads_daemon", "gauge", "Live daemon threads of the JVM.")
                .sample(threads.getDaemonThreadCount());
        t.family("vigil_jvm_classes_loaded", "gauge", "Classes loaded now.")
                .sample(ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        t.family("vigil_jvm_gc_collections_total", "counter", "Garbage collections, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t.sample(Math.max(0, gc.getCollectionCount()), "gc", gc.getName());
        }
        t.family("vigil_jvm_gc_collection_seconds_total", "counter", "Time spent in garbage collection, by collector.");
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t.sample(Math.max(0, gc.getCollectionTime()) / 1000.0, "gc", gc.getName());
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        t.family("vigil_process_start_time_seconds", "gauge", "When the process started, in seconds since the epoch.")
                .sample(runtime.getStartTime() / 1000.0);
        t.family("vigil_process_uptime_seconds", "gauge", "How long the process has run.")
                .sample(runtime.getUptime() / 1000.0);
        t.family("vigil_process_available_processors", "gauge", "Processors the JVM may use.")
                .sample(ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors());
    }

    private static int status(Status status) {
        switch (status) {
            case OPERATIONAL:
                return 0;
            case DEGRADED:
                return 1;
            case OUTAGE:
                return 2;
            case MAINTENANCE:
                return 3;
            default:
                return 4;
        }
    }

    private static String[] labels(SystemFigures s) {
        return new String[] {"system_id", Long.toString(s.id().value()), "system", s.name()};
    }

    private static String[] labels(DependencyFigures d) {
        return new String[] {"system_id", Long.toString(d.system().value()), "system", d.systemName(),
                "dependency_id", Long.toString(d.id().value()), "dependency", d.name()};
    }

    private static String[] with(String[] labels, String name, String value) {
        String[] more = java.util.Arrays.copyOf(labels, labels.length + 2);
        more[labels.length] = name;
        more[labels.length + 1] = value;
        return more;
    }
}
