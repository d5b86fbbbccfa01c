package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.vigil.application.port.in.backup.ExportedDependency;
import dev.vigil.application.port.in.backup.ImportedCheck;
import dev.vigil.application.port.in.backup.ImportedDependency;
import dev.vigil.application.port.in.backup.ImportedSystem;
import dev.vigil.application.port.in.backup.ImportedWebhook;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeyId;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.Scope;
import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.check.CheckState;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.CronSchedule;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import dev.vigil.domain.incident.AutomaticWatch;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentId;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceId;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.sla.PeriodWindow;
import dev.vigil.domain.sla.SlaAssessment;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.sla.SlaSummary;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemDetails;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.uptime.UptimeFigures;
import dev.vigil.domain.uptime.UptimeTally;
import dev.vigil.domain.webhook.EventFilter;
import dev.vigil.domain.webhook.SigningSecret;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookId;
import dev.vigil.domain.webhook.WebhookTarget;
import dev.vigil.domain.webhook.WebhookType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The native backup format (version 2.0), entity by entity: how each is written and read back. Field names follow
 * the API's where the API shows the field; what the API does not show (a check's counts, an incident's automatic
 * watch, when a window was applied) is written too, so that a restore is exact. Durations are milliseconds
 * ({@code _ms}). Secrets are written only when {@code secrets} is true. Adding an entity adds a write and a read
 * method here.
 */
final class BackupCodec {
    private BackupCodec() {
    }

    // systems

    static void write(JsonGenerator g, MonitoredSystem s) throws IOException {
        SystemDetails d = s.details();
        g.writeStartObject();
        g.writeNumberField("id", s.id().value());
        g.writeStringField("name", d.name());
        g.writeStringField("slug", d.slug().value());
        g.writeStringField("description", d.description());
        g.writeStringField("url", d.url());
        g.writeStringField("owner", d.owner());
        g.writeStringField("visibility", d.visibility().wireName());
        g.writeNumberField("sla_target", d.slaTarget().percent());
        g.writeNumberField("auto_incident_after", d.autoIncidentAfter().toSeconds());
        g.writeStringField("manual_status", s.manualStatus().wireName());
        g.writeStringField("status", s.status().wireName());
        time(g, "created_at", s.createdAt());
        time(g, "updated_at", s.updatedAt());
        g.writeEndObject();
    }

    static ImportedSystem system(Item i) {
        SystemDetails details = new SystemDetails(i.text("name"), Slug.of(i.text("slug")), i.textOrEmpty("description"),
                i.textOrEmpty("url"), i.textOrEmpty("owner"), Visibility.fromWire(i.text("visibility")),
                new SlaTarget(i.number("sla_target")), Duration.ofSeconds(i.integer("auto_incident_after")));
        return new ImportedSystem(MonitoredSystem.restore(new SystemId(i.id("id")), details,
                Status.fromWire(i.text("manual_status")), Status.fromWire(i.text("status")), i.instant("created_at"),
                i.instant("updated_at")), false);
    }

    // dependencies and their checks

    static void write(JsonGenerator g, ExportedDependency e, boolean secrets) throws IOException {
        Dependency d = e.dependency();
        g.writeStartObject();
        g.writeNumberField("id", d.id().value());
        g.writeNumberField("system_id", d.systemId().value());
        g.writeStringField("name", d.name());
        g.writeStringField("description", d.details().description());
        g.writeStringField("criticality", d.criticality().wireName());
        g.writeStringField("status", d.status().wireName());
        time(g, "created_at", d.createdAt());
        time(g, "updated_at", d.updatedAt());
        g.writeFieldName("check");
        if (e.check().isPresent()) {
            write(g, e.check().get(), secrets);
        } else {
            g.writeNull();
        }
        g.writeEndObject();
    }

    static ImportedDependency dependency(Item i, boolean secrets) {
        DependencyId id = new DependencyId(i.id("id"));
        Dependency dependency = Dependency.restore(id, new SystemId(i.id("system_id")),
                new DependencyDetails(i.text("name"), i.textOrEmpty("description"),
                        Criticality.fromWire(i.text("criticality"))),
                Status.fromWire(i.text("status")), i.instant("created_at"), i.instant("updated_at"));
        Optional<ImportedCheck> check = Optional.empty();
        Optional<Item> c = i.optObject("check");
        if (c.isPresent()) {
            try {
                check = Optional.of(check(c.get(), id, secrets));
                c.get().finish();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("check: " + BackupReader.messageOf(e), e);
            }
        }
        return new ImportedDependency(dependency, check);
    }

    private static void write(JsonGenerator g, Check check, boolean secrets) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", check.kind().wireName());
        CheckSpec spec = check.spec();
        if (spec instanceof HttpCheck h) {
            g.writeStringField("url", h.url().toString());
            g.writeStringField("method", h.method());
            g.writeStringField("expect_status", h.expectedStatus().text());
            BodyRule rule = h.bodyRule().orElse(null);
            if (rule instanceof BodyRule.Matches m) {
                g.writeStringField("expect_body", m.pattern());
            } else if (rule instanceof BodyRule.Contains contains) {
                g.writeStringField("expect_body_contains", contains.text());
            } else if (rule instanceof BodyRule.JsonFieldEquals j) {
                g.writeStringField("expect_json_path", j.path());
                g.writeStringField("expect_json_value", j.value());
            }
            g.writeArrayFieldStart("header_names");
            for (String name : h.headers().keySet()) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeBooleanField("body_set", !h.body().isEmpty());
            if (secrets) {
                g.writeObjectFieldStart("headers");
                for (Map.Entry<String, String> header : h.headers().entrySet()) {
                    g.writeStringField(header.getKey(), header.getValue());
                }
                g.writeEndObject();
                g.writeStringField("body", h.body());
            }
            g.writeNumberField("timeout_ms", h.timeout().toMillis());
            g.writeNumberField("interval_ms", h.interval().toMillis());
            optNumber(g, "degraded_latency_ms", h.degradedLatency().map(Duration::toMillis));
        } else if (spec instanceof TcpCheck t) {
            g.writeStringField("host", t.host());
            g.writeNumberField("port", t.port());
            g.writeNumberField("timeout_ms", t.timeout().toMillis());
            g.writeNumberField("interval_ms", t.interval().toMillis());
        } else if (spec instanceof PushCheck p) {
            optNumber(g, "period_ms", p.period().map(Duration::toMillis));
            optText(g, "cron", p.cron().map(CronSchedule::expression));
            g.writeStringField("timezone", p.zone().getId());
            g.writeNumberField("grace_ms", p.grace().toMillis());
            if (secrets) {
                g.writeStringField("token_hash", p.tokenHash().hex());
            }
        }
        g.writeNumberField("failure_threshold", check.thresholds().failureThreshold());
        g.writeNumberField("success_threshold", check.thresholds().successThreshold());
        time(g, "configured_at", check.configuredAt());
        CheckState s = check.state();
        g.writeNumberField("consecutive_failures", s.consecutiveFailures());
        g.writeNumberField("consecutive_successes", s.consecutiveSuccesses());
        g.writeFieldName("last_result");
        if (s.last().isPresent()) {
            CheckResult r = s.last().get();
            g.writeStartObject();
            time(g, "at", r.at());
            g.writeStringField("result", r.verdict().wireName());
            g.writeNumberField("latency_ms", r.latencyMillis());
            optNumber(g, "status_code", r.statusCode().map(Integer::longValue));
            g.writeStringField("error", r.reason());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        optTime(g, "last_ping_at", s.lastPingAt());
        g.writeBooleanField("missing", s.missing());
        g.writeEndObject();
    }

    private static ImportedCheck check(Item i, DependencyId dependency, boolean secrets) {
        CheckKind kind = CheckKind.fromWire(i.text("type"));
        CheckSpec spec;
        boolean withheld = false;
        Set<String> withheldHeaders = Set.of();
        boolean withheldBody = false;
        switch (kind) {
            case HTTP: {
                List<String> headerNames = i.texts("header_names");
                boolean bodySet = i.optBool("body_set").orElse(false);
                Map<String, String> headers = secrets ? i.textMap("headers") : Map.of();
                String body = secrets ? i.textOrEmpty("body") : "";
                if (!secrets) {
                    withheld = true;
                    withheldHeaders = new LinkedHashSet<>(headerNames);
                    withheldBody = bodySet;
                }
                spec = new HttpCheck(HttpCheck.parseUrl(i.text("url")), i.text("method"),
                        ExpectedStatus.parse(i.textOrEmpty("expect_status")), bodyRule(i), headers, body,
                        i.millis("timeout_ms"), i.millis("interval_ms"), i.optMillis("degraded_latency_ms"));
                break;
            }
            case TCP:
                spec = new TcpCheck(i.text("host"), i.intValue("port"), i.millis("timeout_ms"), i.millis("interval_ms"));
                break;
            default: {
                SecretHash hash;
                if (secrets) {
                    hash = new SecretHash(i.text("token_hash"));
                } else {
                    hash = ImportedCheck.WITHHELD_TOKEN;
                    withheld = true;
                }
                spec = new PushCheck(i.optMillis("period_ms"), i.optText("cron").map(CronSchedule::parse),
                        zone(i.optText("timezone").orElse("UTC")), i.millis("grace_ms"), hash);
            }
        }
        CheckThresholds thresholds = new CheckThresholds(i.intValue("failure_threshold"),
                i.intValue("success_threshold"));
        Optional<CheckResult> last = i.optObject("last_result").map(r -> {
            CheckResult result = new CheckResult(dependency, r.instant("at"), verdict(r.text("result")),
                    r.millis("latency_ms"), r.optInteger("status_code").map(Long::intValue), r.textOrEmpty("error"));
            r.finish();
            return result;
        });
        CheckState state = new CheckState(i.intValue("consecutive_failures"), i.intValue("consecutive_successes"), last,
                i.optInstant("last_ping_at"), i.bool("missing"));
        Check check = Check.restore(dependency, spec, thresholds, state, i.instant("configured_at"));
        return new ImportedCheck(check, withheld, withheldHeaders, withheldBody);
    }

    private static Optional<BodyRule> bodyRule(Item i) {
        Optional<String> regex = i.optText("expect_body");
        Optional<String> contains = i.optText("expect_body_contains");
        Optional<String> path = i.optText("expect_json_path");
        Optional<String> value = i.optText("expect_json_value");
        int rules = (regex.isPresent() ? 1 : 0) + (contains.isPresent() ? 1 : 0) + (path.isPresent() ? 1 : 0);
        if (rules > 1) {
            throw new IllegalArgumentException("a check has at most one body rule");
        }
        if (path.isPresent() != value.isPresent()) {
            throw new IllegalArgumentException("expect_json_path and expect_json_value go together");
        }
        if (regex.isPresent()) {
            return Optional.of(new BodyRule.Matches(regex.get()));
        }
        if (contains.isPresent()) {
            return Optional.of(new BodyRule.Contains(contains.get()));
        }
        return path.map(p -> new BodyRule.JsonFieldEquals(p, value.get()));
    }

    private static Verdict verdict(String text) {
        for (Verdict v : Verdict.values()) {
            if (v.wireName().equals(text)) {
                return v;
            }
        }
        throw new IllegalArgumentException("result must be up, degraded or down");
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("timezone '" + text + "' is not a known time zone");
        }
    }

    // the status log

    static void write(JsonGenerator g, StatusLogEntry e) throws IOException {
        StatusChange c = e.change();
        g.writeStartObject();
        g.writeNumberField("id", e.id());
        g.writeNumberField("system_id", c.system().value());
        optNumber(g, "dependency_id", c.dependency().map(DependencyId::value));
        g.writeStringField("old_status", c.from().wireName());
        g.writeStringField("new_status", c.to().wireName());
        g.writeStringField("message", c.message());
        g.writeStringField("source", c.source().wireName());
        optNumber(g, "cause_dependency_id", c.cause().map(DependencyId::value));
        time(g, "created_at", c.at());
        g.writeEndObject();
    }

    static StatusLogEntry logEntry(Item i) {
        return new StatusLogEntry(i.id("id"), new StatusChange(new SystemId(i.id("system_id")),
                i.optId("dependency_id").map(DependencyId::new), Status.fromWire(i.text("old_status")),
                Status.fromWire(i.text("new_status")), i.textOrEmpty("message"), StatusSource.fromWire(i.text("source")),
                i.optId("cause_dependency_id").map(DependencyId::new), i.instant("created_at")));
    }

    // incidents

    static void write(JsonGenerator g, Incident incident) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", incident.id().value());
        g.writeStringField("title", incident.title());
        g.writeStringField("impact", incident.impact().wireName());
        g.writeStringField("state", incident.state().wireName());
        ids(g, "system_ids", incident.systems().stream().map(SystemId::value).toList());
        time(g, "started_at", incident.startedAt());
        optTime(g, "resolved_at", incident.resolvedAt());
        optText(g, "acknowledged_by", incident.acknowledgedBy());
        optTime(g, "acknowledged_at", incident.acknowledgedAt());
        g.writeStringField("postmortem", incident.postmortem());
        time(g, "created_at", incident.createdAt());
        time(g, "updated_at", incident.updatedAt());
        g.writeFieldName("automatic");
        if (incident.watch().isPresent()) {
            AutomaticWatch w = incident.watch().get();
            g.writeStartObject();
            g.writeNumberField("system_id", w.system().value());
            time(g, "outage_since", w.outageSince());
            g.writeNumberField("last_seen_log_entry", w.lastSeenLogEntry());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("updates");
        for (IncidentUpdate u : incident.updates()) {
            g.writeStartObject();
            g.writeNumberField("number", u.number());
            g.writeStringField("state", u.state().wireName());
            g.writeStringField("message", u.message());
            g.writeStringField("visibility", u.visibility().wireName());
            g.writeStringField("created_by", u.by());
            time(g, "created_at", u.at());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Incident incident(Item i) {
        Optional<AutomaticWatch> watch = i.optObject("automatic").map(w -> {
            AutomaticWatch result = new AutomaticWatch(new SystemId(w.id("system_id")), w.instant("outage_since"),
                    w.integer("last_seen_log_entry"));
            w.finish();
            return result;
        });
        List<IncidentUpdate> updates = i.objects("updates", u -> new IncidentUpdate(u.intValue("number"),
                u.instant("created_at"), IncidentState.fromWire(u.text("state")), u.text("message"),
                UpdateVisibility.fromWire(u.text("visibility")), u.textOrEmpty("created_by")));
        return Incident.restore(new IncidentId(i.id("id")), i.text("title"), Impact.fromWire(i.text("impact")),
                IncidentState.fromWire(i.text("state")), systemIds(i.ids("system_ids")), watch, i.instant("started_at"),
                i.optInstant("resolved_at"), i.optText("acknowledged_by"), i.optInstant("acknowledged_at"),
                i.textOrEmpty("postmortem"), updates, i.instant("created_at"), i.instant("updated_at"));
    }

    // maintenance windows

    static void write(JsonGenerator g, MaintenanceWindow w) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", w.id().value());
        g.writeStringField("title", w.title());
        g.writeStringField("description", w.description());
        time(g, "start_time", w.startsAt());
        time(g, "end_time", w.endsAt());
        ids(g, "system_ids", w.systems().stream().map(SystemId::value).toList());
        optTime(g, "cancelled_at", w.cancelledAt());
        optTime(g, "activated_at", w.activatedAt());
        optTime(g, "deactivated_at", w.deactivatedAt());
        time(g, "created_at", w.createdAt());
        time(g, "updated_at", w.updatedAt());
        g.writeEndObject();
    }

    static MaintenanceWindow maintenance(Item i) {
        return MaintenanceWindow.restore(new MaintenanceId(i.id("id")), i.text("title"), i.textOrEmpty("description"),
                i.instant("start_time"), i.instant("end_time"), systemIds(i.ids("system_ids")),
                i.optInstant("cancelled_at"), i.optInstant("activated_at"), i.optInstant("deactivated_at"),
                i.instant("created_at"), i.instant("updated_at"));
    }

    // SLA reports and breaches

    static void write(JsonGenerator g, SlaReport r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", r.id().value());
        g.writeStringField("title", r.title());
        optText(g, "period", r.period().map(SlaPeriod::wireName));
        time(g, "period_start", r.window().from());
        time(g, "period_end", r.window().to());
        time(g, "period_ends_at", r.window().end());
        time(g, "generated_at", r.generatedAt());
        g.writeStringField("generated_by", r.generatedBy());
        g.writeArrayFieldStart("lines");
        for (SlaReportLine line : r.lines()) {
            UptimeFigures f = line.figures();
            UptimeTally t = f.tally();
            g.writeStartObject();
            g.writeNumberField("system_id", line.system().value());
            optNumber(g, "dependency_id", line.dependency().map(DependencyId::value));
            g.writeStringField("name", line.name());
            g.writeNumberField("operational_ms", t.operationalMs());
            g.writeNumberField("degraded_ms", t.degradedMs());
            g.writeNumberField("outage_ms", t.outageMs());
            g.writeNumberField("maintenance_ms", t.maintenanceMs());
            g.writeNumberField("unknown_ms", t.unknownMs());
            g.writeNumberField("outages_started", t.outagesStarted());
            g.writeNumberField("outages_ended", t.outagesEnded());
            g.writeNumberField("ended_outage_ms", t.endedOutageMs());
            g.writeNumberField("longest_ended_outage_ms", t.longestEndedOutageMs());
            g.writeNumberField("failures_after_recovery", t.failuresAfterRecovery());
            g.writeNumberField("between_failures_ms", t.betweenFailuresMs());
            g.writeNumberField("uptime_percent", f.uptimePercent());
            g.writeNumberField("availability_percent", f.availabilityPercent());
            g.writeNumberField("outages", f.outages());
            g.writeNumberField("longest_outage_ms", f.longestOutage().toMillis());
            optNumber(g, "mttr_ms", f.mttr().map(Duration::toMillis));
            optNumber(g, "mtbf_ms", f.mtbf().map(Duration::toMillis));
            g.writeFieldName("assessment");
            if (line.assessment().isPresent()) {
                SlaAssessment a = line.assessment().get();
                g.writeStartObject();
                g.writeNumberField("sla_target", a.target());
                g.writeBooleanField("met", a.met());
                g.writeNumberField("budget_ms", a.budget().toMillis());
                g.writeNumberField("spent_ms", a.spent().toMillis());
                g.writeNumberField("remaining_ms", a.remaining().toMillis());
                g.writeFieldName("burn_rate");
                if (a.burnRate().isPresent()) {
                    g.writeNumber(a.burnRate().get());
                } else {
                    g.writeNull();
                }
                g.writeStringField("summary", a.summary().wireName());
                g.writeEndObject();
            } else {
                g.writeNull();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static SlaReport slaReport(Item i) {
        List<SlaReportLine> lines = i.objects("lines", l -> {
            UptimeTally tally = new UptimeTally(l.integer("operational_ms"), l.integer("degraded_ms"),
                    l.integer("outage_ms"), l.integer("maintenance_ms"), l.integer("unknown_ms"),
                    l.integer("outages_started"), l.integer("outages_ended"), l.integer("ended_outage_ms"),
                    l.integer("longest_ended_outage_ms"), l.integer("failures_after_recovery"),
                    l.integer("between_failures_ms"));
            UptimeFigures figures = new UptimeFigures(tally, l.number("uptime_percent"),
                    l.number("availability_percent"), l.integer("outages"), l.millis("longest_outage_ms"),
                    l.optMillis("mttr_ms"), l.optMillis("mtbf_ms"));
            Optional<SlaAssessment> assessment = l.optObject("assessment").map(a -> {
                SlaAssessment result = new SlaAssessment(a.number("sla_target"), figures.availabilityPercent(),
                        a.bool("met"), Duration.ofMillis(a.integer("budget_ms")), Duration.ofMillis(a.integer("spent_ms")),
                        Duration.ofMillis(a.integer("remaining_ms")), a.optNumber("burn_rate"),
                        SlaSummary.fromWire(a.text("summary")));
                a.finish();
                return result;
            });
            return new SlaReportLine(new SystemId(l.id("system_id")), l.optId("dependency_id").map(DependencyId::new),
                    l.text("name"), figures, assessment);
        });
        return new SlaReport(new SlaReportId(i.id("id")), i.text("title"), i.optText("period").map(SlaPeriod::fromWire),
                new PeriodWindow(i.instant("period_start"), i.instant("period_end"), i.instant("period_ends_at")),
                i.instant("generated_at"), i.textOrEmpty("generated_by"), lines);
    }

    static void write(JsonGenerator g, SlaBreach b) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", b.id().value());
        g.writeNumberField("system_id", b.system().value());
        g.writeStringField("system_name", b.systemName());
        g.writeStringField("period", b.period().wireName());
        time(g, "period_start", b.periodStart());
        time(g, "period_end", b.periodEnd());
        g.writeNumberField("sla_target", b.target());
        g.writeNumberField("availability_percent", b.availability());
        g.writeNumberField("budget_ms", b.budget().toMillis());
        g.writeNumberField("spent_ms", b.spent().toMillis());
        time(g, "detected_at", b.detectedAt());
        optText(g, "acknowledged_by", b.acknowledgedBy());
        optTime(g, "acknowledged_at", b.acknowledgedAt());
        g.writeEndObject();
    }

    static SlaBreach slaBreach(Item i) {
        return SlaBreach.restore(new SlaBreachId(i.id("id")), new SystemId(i.id("system_id")), i.text("system_name"),
                SlaPeriod.fromWire(i.text("period")), i.instant("period_start"), i.instant("period_end"),
                i.number("sla_target"), i.number("availability_percent"), i.millis("budget_ms"), i.millis("spent_ms"),
                i.instant("detected_at"), i.optText("acknowledged_by"), i.optInstant("acknowledged_at"));
    }

    // webhooks

    static void write(JsonGenerator g, Webhook w, boolean secrets) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", w.id().value());
        g.writeStringField("name", w.name());
        g.writeStringField("type", w.type().wireName());
        if (secrets) {
            if (w.target() instanceof WebhookTarget.Endpoint endpoint) {
                g.writeStringField("url", endpoint.url());
            } else if (w.target() instanceof WebhookTarget.TelegramChat chat) {
                g.writeStringField("bot_token", chat.botToken());
                g.writeStringField("chat_id", chat.chatId());
            }
            g.writeStringField("secret", w.secret().reveal());
        }
        g.writeArrayFieldStart("events");
        for (EventType type : w.filter().events().stream().sorted().toList()) {
            g.writeString(type.wireName());
        }
        g.writeEndArray();
        ids(g, "system_ids", w.filter().systems().stream().map(SystemId::value).sorted().toList());
        g.writeBooleanField("enabled", w.enabled());
        time(g, "created_at", w.createdAt());
        time(g, "updated_at", w.updatedAt());
        g.writeEndObject();
    }

    static ImportedWebhook webhook(Item i, boolean secrets) {
        WebhookType type = WebhookType.fromWire(i.text("type"));
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        i.texts("events").forEach(e -> events.add(EventType.fromWire(e)));
        EventFilter filter = new EventFilter(events, systemIds(i.ids("system_ids")));
        Optional<WebhookTarget> target = Optional.empty();
        Optional<SigningSecret> secret = Optional.empty();
        if (secrets) {
            target = Optional.of(WebhookTarget.of(type, i.optText("url"), i.optText("bot_token"), i.optText("chat_id"),
                    Optional.empty()));
            secret = Optional.of(SigningSecret.of(i.text("secret")));
        }
        ImportedWebhook webhook = new ImportedWebhook(new WebhookId(i.id("id")), i.text("name"), type, target, secret,
                filter, i.bool("enabled"), i.instant("created_at"), i.instant("updated_at"));
        if (secrets) {
            webhook.with(target.get(), secret.get()); // every rule of a stored webhook, checked now
        }
        return webhook;
    }

    // public counters

    static void write(JsonGenerator g, Counter c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name().value());
        g.writeStringField("label", c.label());
        g.writeNumberField("value", c.value());
        time(g, "created_at", c.createdAt());
        time(g, "updated_at", c.updatedAt());
        g.writeEndObject();
    }

    static Counter counter(Item i) {
        return Counter.restore(new CounterName(i.text("name")), i.text("label"), i.integer("value"),
                i.instant("created_at"), i.instant("updated_at"));
    }

    // API keys

    static void write(JsonGenerator g, ApiKey k) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", k.id().value());
        g.writeStringField("name", k.name());
        g.writeStringField("hint", k.hint());
        g.writeStringField("secret_hash", k.hash().hex());
        g.writeArrayFieldStart("scopes");
        for (Scope scope : k.scopes()) {
            g.writeString(scope.wireName());
        }
        g.writeEndArray();
        g.writeStringField("origin", k.origin().wireName());
        optTime(g, "expires_at", k.expiresAt());
        optTime(g, "last_used_at", k.lastUsedAt());
        time(g, "created_at", k.createdAt());
        g.writeEndObject();
    }

    static ApiKey apiKey(Item i) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        i.texts("scopes").forEach(s -> scopes.add(Scope.fromWire(s)));
        String origin = i.text("origin");
        KeyOrigin keyOrigin = switch (origin) {
            case "created" -> KeyOrigin.CREATED;
            case "initial" -> KeyOrigin.INITIAL;
            case "environment" -> KeyOrigin.ENVIRONMENT;
            default -> throw new IllegalArgumentException("origin must be created, initial or environment");
        };
        return ApiKey.restore(new ApiKeyId(i.id("id")), i.text("name"), i.textOrEmpty("hint"),
                new SecretHash(i.text("secret_hash")), scopes, keyOrigin, i.optInstant("expires_at"),
                i.optInstant("last_used_at"), i.instant("created_at"));
    }

    // helpers

    static Set<SystemId> systemIds(Collection<Long> ids) {
        return ids.stream().map(SystemId::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void time(JsonGenerator g, String field, Instant at) throws IOException {
        g.writeStringField(field, at.toString());
    }

    private static void optTime(JsonGenerator g, String field, Optional<Instant> at) throws IOException {
        optText(g, field, at.map(Instant::toString));
    }

    private static void optText(JsonGenerator g, String field, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            g.writeStringField(field, text.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void optNumber(JsonGenerator g, String field, Optional<Long> n) throws IOException {
        if (n.isPresent()) {
            g.writeNumberField(field, n.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void ids(JsonGenerator g, String field, List<Long> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (long id : ids) {
            g.writeNumber(id);
        }
        g.writeEndArray();
    }
}
