package dev.vigil.application.fakes;

import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.sla.CreateSlaReportCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.webhook.RegisterWebhookCommand;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.domain.counter.CounterName;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.Scope;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.event.EventType;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Visibility;
import dev.vigil.domain.webhook.Webhook;
import dev.vigil.domain.webhook.WebhookType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Vigil with every kind of entity a backup carries, made through the use cases as people and checks would: systems
 * with SLA targets and delays, dependencies with HTTP (secret header and body), TCP and push checks, a history of
 * status changes, check results, an automatic and a manual incident, maintenance windows, an SLA report and breach,
 * webhooks with secrets, two public counters, and API keys (one managed by the environment).
 */
public final class BackupScenario {
    public static final String HEADER_SECRET = "Bearer s3cret-db-token";
    public static final String BODY_SECRET = "{\"probe\":\"s3cret-body\"}";
    public static final String SLACK_URL = "https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX";
    public static final String SIGNING_SECRET = "whsec_scenario-signing-secret-42";
    public static final String ENVIRONMENT_KEY = "vgl_environment-managed-admin-key-0001";

    public final MonitoredSystem checkout;
    public final MonitoredSystem search;
    public final Dependency database;
    public final Dependency cache;
    public final Dependency nightlyJob;
    public final PushToken pushToken;
    public final Incident automatic;
    public final Incident manual;
    public final Webhook slack;
    public final String readKey;
    /** When the first counter was pushed. */
    public final Instant countersSetAt;

    private BackupScenario(InMemoryVigil vigil) {
        vigil.clock.set(Instant.parse("2026-03-01T08:00:00Z"));
        checkout = vigil.createSystem.create(new CreateSystemCommand("Checkout API", Optional.empty(), "Takes payments",
                "https://shop.example.com", "Payments", Visibility.PUBLIC, new SlaTarget(99.5), Duration.ofMinutes(5)));
        search = vigil.createSystem.create(new CreateSystemCommand("Search", Optional.empty(), "", "", "",
                Visibility.PRIVATE, SlaTarget.DEFAULT, Duration.ZERO));
        database = vigil.addDependency.add(new AddDependencyCommand(checkout.id(), "PostgreSQL", "Main database",
                Criticality.CRITICAL));
        cache = vigil.addDependency.add(new AddDependencyCommand(checkout.id(), "Redis", "", Criticality.MINOR));
        nightlyJob = vigil.addDependency.add(new AddDependencyCommand(search.id(), "Nightly index", "",
                Criticality.CRITICAL));
        vigil.configureCheck.configure(new ConfigureCheckCommand(database.id(), new CheckDefinition.RunByVigil(
                new HttpCheck(URI.create("https://db-proxy.internal/health"), "POST", new ExpectedStatus("200-299"),
                        Optional.of(new BodyRule.Contains("ok")), Map.of("Authorization", HEADER_SECRET), BODY_SECRET,
                        Duration.ofSeconds(5), Duration.ofSeconds(30), Optional.of(Duration.ofMillis(800)))),
                new CheckThresholds(2, 1)));
        vigil.configureCheck.configure(new ConfigureCheckCommand(cache.id(), new CheckDefinition.RunByVigil(
                new TcpCheck("redis.internal", 6379, Duration.ofSeconds(2), Duration.ofSeconds(15))),
                CheckThresholds.DEFAULT));
        pushToken = vigil.configureCheck.configure(new ConfigureCheckCommand(nightlyJob.id(), new CheckDefinition.Push(
                Optional.empty(), Optional.of(dev.vigil.domain.check.CronSchedule.parse("0 3 * * *")),
                ZoneId.of("Europe/Berlin"), Duration.ofMinutes(30)), CheckThresholds.DEFAULT)).newToken().orElseThrow();
        vigil.clock.advance(Duration.ofMinutes(1));
        vigil.recordCheckResults.record(List.of(
                CheckResult.up(database.id(), vigil.clock.instant(), Duration.ofMillis(42), Optional.of(200))));
        vigil.clock.advance(Duration.ofMinutes(1));
        vigil.recordCheckResults.record(List.of(CheckResult.down(cache.id(), vigil.clock.instant(),
                Duration.ofMillis(2000), Optional.empty(), "connection to redis.internal refused")));

        vigil.clock.advance(Duration.ofMinutes(1));
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(database.id(), Status.OUTAGE,
                "Connection refused"));
        vigil.clock.advance(Duration.ofMinutes(10));
        vigil.sweepAutomaticIncidents.sweep();
        vigil.clock.advance(Duration.ofHours(5));
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(database.id(), Status.OPERATIONAL,
                "Back"));
        vigil.sweepAutomaticIncidents.sweep();
        automatic = vigil.incidents.page(10, 0).stream().filter(i -> i.watch().isPresent()).findFirst().orElseThrow();

        Incident opened = vigil.openIncident.open(new OpenIncidentCommand("Slow searches", Impact.MINOR,
                Set.of(search.id()), "Looking into it", UpdateVisibility.PUBLIC, "alice", Optional.empty()));
        vigil.clock.advance(Duration.ofMinutes(5));
        vigil.postIncidentUpdate.post(new PostIncidentUpdateCommand(opened.id(), "Index rebuild stuck on node 3",
                UpdateVisibility.INTERNAL, "bob"));
        vigil.acknowledgeIncident.acknowledge(opened.id(), "bob");
        vigil.clock.advance(Duration.ofMinutes(5));
        manual = vigil.resolveIncident.resolve(new ResolveIncidentCommand(opened.id(), "Rebuilt",
                Optional.of("Node 3 ran out of disk."), "bob"));

        Instant now = vigil.clock.instant();
        vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Database upgrade", "Postgres 17",
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)).plusSeconds(3600), Set.of(checkout.id())));
        var cancelled = vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Network work", "",
                now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)).plusSeconds(1800), Set.of()));
        vigil.cancelMaintenance.cancel(cancelled.window().id());

        vigil.evaluateSlaBreaches.evaluate(Optional.of(SlaPeriod.MONTH));
        vigil.createSlaReport.create(new CreateSlaReportCommand(Optional.of("March so far"),
                Optional.of(SlaPeriod.MONTH), Optional.empty(), Optional.empty(), "carol"));

        slack = vigil.registerWebhook.register(new RegisterWebhookCommand("Ops channel", WebhookType.SLACK,
                Optional.of(SLACK_URL), Optional.empty(), Optional.empty(), Optional.of(SIGNING_SECRET),
                Optional.of(Set.of(EventType.STATUS_CHANGE, EventType.INCIDENT_OPENED)), Set.of(checkout.id()), true))
                .webhook();
        countersSetAt = vigil.clock.instant();
        vigil.setCounter.set(new SetCounterCommand(new CounterName("orders_today"), 1234, Optional.of("Orders today")));
        vigil.clock.advance(Duration.ofSeconds(1));
        vigil.setCounter.set(new SetCounterCommand(new CounterName("messages_last_24h"), -7, Optional.empty()));
        readKey = vigil.createApiKey.create(new CreateApiKeyCommand("ci", Set.of(Scope.READ), Optional.empty()))
                .secret().reveal();
        vigil.provisionAdminAccess.provision(Optional.of(ApiKeySecret.of(ENVIRONMENT_KEY)));
        vigil.clock.advance(Duration.ofMinutes(1));
    }

    /** Fills {@code vigil} (whose clock it moves on by some hours). */
    public static BackupScenario populate(InMemoryVigil vigil) {
        return new BackupScenario(vigil);
    }
}
