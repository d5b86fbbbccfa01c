package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.ApiKeys;
import dev.vigil.application.port.out.BackupStorage;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Incidents;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Webhooks;
import dev.vigil.domain.apikey.ApiKey;
import dev.vigil.domain.apikey.ApiKeySecret;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.apikey.Scope;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.maintenance.MaintenanceWindow;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemFixtures;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.webhook.WebhookFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link BackupStorage} adapter must do, over the repositories it sits beside. */
public abstract class BackupStorageContract {
    /** The repositories of one store, which the backup storage sees too. */
    public record Stored(Systems systems, Dependencies dependencies, Checks checks, StatusLog log,
                            CheckHistory checkHistory, StatusTallies tallies, Incidents incidents,
                            MaintenanceWindows maintenances, Webhooks webhooks, ApiKeys apiKeys) {
    }

    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    protected abstract BackupStorage storage();

    protected abstract Stored stored();

    private StatusLogEntry appended(int second) {
        return stored().log().append(StatusChange.ofSystem(new SystemId(1), Status.OPERATIONAL, Status.OUTAGE,
                "change " + second, StatusSource.MANUAL, Optional.empty(), T0.plusSeconds(second)));
    }

    private static StatusLogEntry entry(long id, int second, String message) {
        return new StatusLogEntry(id, StatusChange.ofDependency(new SystemId(3), new DependencyId(4), Status.DEGRADED,
                Status.OUTAGE, message, StatusSource.CHECK, T0.plusSeconds(second)));
    }

    @Test
    void logAfter_readsByIdInPages() {
        List<StatusLogEntry> all = List.of(appended(1), appended(2), appended(3), appended(4), appended(5));

        assertThat(storage().logAfter(0, 2)).containsExactly(all.get(0), all.get(1));
        assertThat(storage().logAfter(all.get(1).id(), 2)).containsExactly(all.get(2), all.get(3));
        assertThat(storage().logAfter(all.get(3).id(), 2)).containsExactly(all.get(4));
        assertThat(storage().logAfter(all.get(4).id(), 2)).isEmpty();
    }

    @Test
    void restoreLog_keepsIds_replacesTheEntryUnderAnId_andLaterEntriesGetHigherIds() {
        StatusLogEntry first = appended(10);
        StatusLogEntry replacement = entry(first.id(), 5, "as it was elsewhere");
        StatusLogEntry far = entry(first.id() + 1000, 20, "far ahead");

        Optional<Instant> earliest = storage().restoreLog(List.of(far, replacement));
        StatusLogEntry next = appended(30);

        assertThat(earliest).contains(T0.plusSeconds(5));
        assertThat(storage().logAfter(0, 10)).containsExactly(replacement, far, next);
        assertThat(next.id()).isGreaterThan(far.id());
    }

    @Test
    void restoreLog_ofWhatIsStored_changesNothing_andSaysSo() {
        StatusLogEntry a = appended(1);
        StatusLogEntry b = appended(2);

        assertThat(storage().restoreLog(List.of(a, b))).isEmpty();
        assertThat(storage().restoreLog(List.of(a, entry(b.id(), 2, "edited")))).contains(T0.plusSeconds(2));
    }

    @Test
    void eraseAll_emptiesTheData_keepsTheApiKeys_andNeverReusesAnId() {
        Stored s = stored();
        MonitoredSystem system = MonitoredSystem.register(s.systems().nextId(), SystemFixtures.details("API"), T0);
        s.systems().save(system);
        Dependency db = Dependency.add(s.dependencies().nextId(), system.id(),
                SystemFixtures.aDependency(1, 1, dev.vigil.domain.system.Criticality.CRITICAL, Status.OPERATIONAL)
                        .details(), T0);
        s.dependencies().save(db);
        s.checks().save(Check.configure(db.id(), CheckFixtures.http("https://db.example/health"),
                CheckThresholds.DEFAULT, T0));
        s.checkHistory().append(List.of(CheckFixtures.up(db.id().value(), T0, 5)));
        appended(1);
        s.tallies().saveDay(LocalDate.parse("2026-01-01"), List.of());
        Incident incident = Incident.open(s.incidents().nextId(), "Down", Impact.MAJOR, Set.of(system.id()), "Oops",
                UpdateVisibility.PUBLIC, "me", T0, T0);
        s.incidents().save(incident);
        s.maintenances().save(MaintenanceWindow.schedule(s.maintenances().nextId(), "Upgrade", "", T0.plusSeconds(600),
                T0.plusSeconds(1200), Set.of(), T0));
        s.webhooks().save(WebhookFixtures.aWebhook(s.webhooks().nextId().value(), "https://hooks.example/a"));
        ApiKey created = ApiKey.issue(s.apiKeys().nextId(), "ci", ApiKeySecret.of("vgl_contract-created-key-01"),
                Set.of(Scope.READ), KeyOrigin.CREATED, Optional.empty(), T0);
        ApiKey environment = ApiKey.issue(s.apiKeys().nextId(), "env", ApiKeySecret.of("vgl_contract-environment-01"),
                Set.of(Scope.ADMIN), KeyOrigin.ENVIRONMENT, Optional.empty(), T0);
        s.apiKeys().save(created);
        s.apiKeys().save(environment);

        storage().eraseAll();

        assertThat(s.systems().all()).isEmpty();
        assertThat(s.dependencies().all()).isEmpty();
        assertThat(s.checks().byDependency(db.id())).isEmpty();
        assertThat(s.checkHistory().stats(CheckHistory.Tier.RAW, db.id(), Instant.EPOCH, FAR,
                Duration.ofDays(1))).isEmpty();
        assertThat(storage().logAfter(0, 10)).isEmpty();
        assertThat(s.tallies().lastDay()).isEmpty();
        assertThat(s.incidents().page(10, 0)).isEmpty();
        assertThat(s.maintenances().page(10, 0)).isEmpty();
        assertThat(s.webhooks().all()).isEmpty();
        assertThat(s.apiKeys().all()).hasSize(2);
        assertThat(s.systems().nextId().value()).isGreaterThan(system.id().value());
        assertThat(s.incidents().nextId().value()).isGreaterThan(incident.id().value());
        assertThat(appended(2).id()).isGreaterThan(1);
    }

    @Test
    void forgetCheckHistory_dropsEveryTierOfThoseDependenciesOnly() {
        Stored s = stored();
        Instant day = Instant.parse("2026-01-05T10:00:00Z");
        s.checkHistory().append(List.of(CheckFixtures.up(7, day, 10), CheckFixtures.up(8, day, 10)));
        s.checkHistory().rollUpHours(Instant.parse("2026-01-06T00:00:00Z"));
        s.checkHistory().rollUpDays(Instant.parse("2026-01-06T00:00:00Z"));

        storage().forgetCheckHistory(List.of(new DependencyId(7)));

        for (CheckHistory.Tier tier : CheckHistory.Tier.values()) {
            assertThat(s.checkHistory().stats(tier, new DependencyId(7), Instant.EPOCH, FAR,
                    Duration.ofDays(1))).as("%s", tier).isEmpty();
            assertThat(s.checkHistory().stats(tier, new DependencyId(8), Instant.EPOCH, FAR,
                    Duration.ofDays(1))).as("%s", tier).isNotEmpty();
        }
    }

    @Test
    void forgetTalliesFrom_dropsThatDayAndLater_soTheyAreTalliedAgain() {
        Stored s = stored();
        for (String day : List.of("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04")) {
            s.tallies().saveDay(LocalDate.parse(day), List.of());
        }

        storage().forgetTalliesFrom(LocalDate.parse("2026-01-03"));

        assertThat(s.tallies().firstDay()).contains(LocalDate.parse("2026-01-01"));
        assertThat(s.tallies().lastDay()).contains(LocalDate.parse("2026-01-02"));
        s.tallies().saveDay(LocalDate.parse("2026-01-03"), List.of());
        assertThat(s.tallies().lastDay()).contains(LocalDate.parse("2026-01-03"));
    }

    @Test
    void consistently_returnsWhatTheWorkReturns() {
        StatusLogEntry entry = appended(1);

        assertThat(storage().consistently(() -> storage().logAfter(0, 5))).containsExactly(entry);
    }
}
