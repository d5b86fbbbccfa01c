package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.BackupScenario;
import dev.vigil.application.fakes.CollectedBackup;
import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.backup.BackupContent;
import dev.vigil.application.port.in.backup.ExportBackupQuery;
import dev.vigil.application.port.in.backup.ImportBackupCommand;
import dev.vigil.application.port.in.backup.ImportMode;
import dev.vigil.application.port.in.backup.ImportReport;
import dev.vigil.application.port.in.backup.ImportedDependency;
import dev.vigil.application.port.in.backup.ImportedSystem;
import dev.vigil.application.port.in.backup.InvalidBackup;
import dev.vigil.application.port.in.check.RecordPushPingCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.domain.apikey.KeyOrigin;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusLogEntry;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.Slug;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.domain.counter.Counter;
import dev.vigil.domain.counter.CounterName;
import org.junit.jupiter.api.Test;

class BackupServicesTest {
    private final InMemoryVigil source = new InMemoryVigil();
    private final BackupScenario scenario = BackupScenario.populate(source);

    private static CollectedBackup export(InMemoryVigil vigil, boolean secrets) {
        CollectedBackup backup = new CollectedBackup();
        vigil.exportBackup.export(new ExportBackupQuery(secrets, false), backup);
        return backup;
    }

    /** Two exports hold the same data when every entity is equal field by field. */
    private static void assertSameData(CollectedBackup actual, CollectedBackup expected) {
        assertThat(actual.systems).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.systems);
        assertThat(actual.dependencies).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.dependencies);
        assertThat(actual.log).isEqualTo(expected.log);
        assertThat(actual.incidents).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.incidents);
        assertThat(actual.maintenances).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.maintenances);
        assertThat(actual.slaReports).isEqualTo(expected.slaReports);
        assertThat(actual.slaBreaches).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.slaBreaches);
        assertThat(actual.webhooks).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.webhooks);
        assertThat(actual.counters).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.counters);
        assertThat(actual.apiKeys).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.apiKeys);
    }

    private static ImportReport load(InMemoryVigil vigil, BackupContent content, ImportMode mode) {
        return vigil.importBackup.importBackup(new ImportBackupCommand(content, mode));
    }

    @Test
    void export_writesEverySectionInOrder_andTheApiKeys_onlyWithSecrets_neverTheEnvironmentsKey() {
        CollectedBackup withSecrets = export(source, true);
        CollectedBackup without = export(source, false);

        assertThat(withSecrets.calls).containsExactly("begin", "systems", "dependencies", "statusLog", "incidents",
                "maintenances", "slaReports", "slaBreaches", "webhooks", "counters", "apiKeys", "end");
        assertThat(without.calls).doesNotContain("apiKeys");
        assertThat(withSecrets.header.secretsIncluded()).isTrue();
        assertThat(withSecrets.header.exportedAt()).isEqualTo(source.clock.instant());
        assertThat(withSecrets.systems).extracting(MonitoredSystem::name).containsExactly("Checkout API", "Search");
        assertThat(withSecrets.dependencies).hasSize(3).allSatisfy(d -> assertThat(d.check()).isPresent());
        assertThat(withSecrets.log).isEqualTo(source.log.all());
        assertThat(withSecrets.incidents).hasSize(2);
        assertThat(withSecrets.maintenances).hasSize(2);
        assertThat(withSecrets.slaReports).hasSize(1);
        assertThat(withSecrets.slaBreaches).hasSize(1);
        assertThat(withSecrets.webhooks).hasSize(1);
        assertThat(withSecrets.counters).extracting(c -> c.name().value() + "=" + c.value())
                .containsExactly("orders_today=1234", "messages_last_24h=-7");
        assertThat(withSecrets.apiKeys).isNotEmpty().noneMatch(k -> k.origin() == KeyOrigin.ENVIRONMENT);
    }

    @Test
    void export_readsTheLogInPages_andMissesNoEntry() {
        for (int i = 0; i < ExportBackupService.PAGE * 2 + 17; i++) {
            source.log.append(StatusChange.ofSystem(scenario.search.id(), Status.OPERATIONAL, Status.DEGRADED,
                    "slow " + i, StatusSource.MANUAL, Optional.empty(), source.clock.instant()));
        }

        CollectedBackup backup = new CollectedBackup();
        source.exportBackup.export(new ExportBackupQuery(false, true), backup);

        assertThat(backup.calls).containsExactly("begin", "statusLog", "end");
        assertThat(backup.header.logOnly()).isTrue();
        assertThat(backup.log).isEqualTo(source.log.all());
        assertThat(backup.log).extracting(StatusLogEntry::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void replace_intoAnEmptyVigil_reproducesEverything_withItsIdsAndTimes() {
        CollectedBackup before = export(source, true);
        InMemoryVigil target = new InMemoryVigil();

        ImportReport report = load(target, before.toContent(), ImportMode.REPLACE);

        assertSameData(export(target, true), before);
        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).containsEntry("systems", 2).containsEntry("dependencies", 3)
                .containsEntry("checks", 3).containsEntry("logs", before.log.size()).containsEntry("incidents", 2)
                .containsEntry("maintenances", 2).containsEntry("sla_reports", 1).containsEntry("sla_breaches", 1)
                .containsEntry("webhooks", 1).containsEntry("api_keys", before.apiKeys.size());
        assertThat(target.events.received()).as("loading history notifies nobody").isEmpty();
        assertThat(target.outbox.due(Instant.MAX, 10)).isEmpty();
    }

    @Test
    void theLoadedData_keepsWorking_newIdsFollowTheLoadedOnes_andThePushTokenStillPings() {
        InMemoryVigil target = new InMemoryVigil();
        target.clock.set(source.clock.instant());
        load(target, export(source, true).toContent(), ImportMode.REPLACE);

        MonitoredSystem added = target.createSystem.create(CreateSystemCommand.named("Another"));
        StatusLogEntry next = target.log.append(StatusChange.ofSystem(added.id(), Status.OPERATIONAL, Status.OUTAGE,
                "", StatusSource.MANUAL, Optional.empty(), target.clock.instant()));

        assertThat(added.id().value()).isGreaterThan(scenario.search.id().value());
        assertThat(next.id()).isGreaterThan(source.log.all().get(source.log.all().size() - 1).id());
        target.recordPushPing.ping(new RecordPushPingCommand(scenario.pushToken, true, "disk full"));
        assertThat(target.checks.byDependency(scenario.nightlyJob.id()).orElseThrow().state().consecutiveFailures())
                .as("the job's old token still reaches its check").isEqualTo(1);
    }

    @Test
    void mergingTheSameBackupTwice_changesNothing() {
        BackupContent content = export(source, true).toContent();
        InMemoryVigil target = new InMemoryVigil();
        load(target, content, ImportMode.MERGE);
        CollectedBackup once = export(target, true);

        ImportReport again = load(target, content, ImportMode.MERGE);

        assertSameData(export(target, true), once);
        assertThat(again.errors()).isEmpty();
        assertThat(target.events.received()).isEmpty();
    }

    @Test
    void merge_keepsWhatTheBackupDoesNotMention_whileReplace_dropsIt() {
        BackupContent content = export(source, true).toContent();
        InMemoryVigil merged = new InMemoryVigil();
        InMemoryVigil replaced = new InMemoryVigil();
        for (InMemoryVigil target : List.of(merged, replaced)) {
            for (int i = 0; i < 5; i++) {
                target.createSystem.create(CreateSystemCommand.named("Local " + i));
            }
        }

        load(merged, content, ImportMode.MERGE);
        load(replaced, content, ImportMode.REPLACE);

        assertThat(merged.systems.all()).extracting(MonitoredSystem::name).contains("Local 3", "Checkout API");
        assertThat(merged.systems.byId(scenario.checkout.id()).orElseThrow().name()).isEqualTo("Checkout API");
        assertThat(replaced.systems.all()).extracting(MonitoredSystem::name).containsExactly("Checkout API", "Search");
    }

    @Test
    void counters_mergeByName_andReplaceForgetsTheOthers() {
        InMemoryVigil target = new InMemoryVigil();
        target.setCounter.set(new SetCounterCommand(new CounterName("orders_today"), 1, Optional.empty()));
        target.setCounter.set(new SetCounterCommand(new CounterName("local_only"), 2, Optional.empty()));
        BackupContent content = export(source, false).toContent();

        load(target, content, ImportMode.MERGE);
        assertThat(target.counters.all()).extracting(c -> c.name().value() + "=" + c.value())
                .containsExactlyInAnyOrder("orders_today=1234", "messages_last_24h=-7", "local_only=2");
        assertThat(target.counters.byName(new CounterName("orders_today")).orElseThrow().label())
                .isEqualTo("Orders today");

        load(target, content, ImportMode.REPLACE);
        assertThat(target.counters.all()).extracting(c -> c.name().value())
                .containsExactly("orders_today", "messages_last_24h");
    }

    @Test
    void counters_beyondThePagesLimit_refuseTheWholeBackup() {
        InMemoryVigil target = new InMemoryVigil();
        for (int i = 0; i < Counter.MAX_COUNT - 1; i++) {
            target.setCounter.set(new SetCounterCommand(new CounterName("local_" + i), i, Optional.empty()));
        }
        BackupContent content = export(source, false).toContent();
        long systemsBefore = target.systems.all().size();

        assertThatThrownBy(() -> load(target, content, ImportMode.MERGE)).isInstanceOf(InvalidBackup.class)
                .hasMessageContaining("counters: a page shows at most 50 counters; this backup would make 51");
        assertThat(target.counters.count()).isEqualTo(Counter.MAX_COUNT - 1);
        assertThat(target.systems.all()).hasSize((int) systemsBefore);
        assertThat(load(target, content, ImportMode.REPLACE).imported()).containsEntry("counters", 2);
    }

    @Test
    void apiKeys_areMatchedBySecret_addedUnderAFreeId_andNeverRemoved_evenByReplace() {
        InMemoryVigil target = new InMemoryVigil();
        var local = target.createApiKey.create(new dev.vigil.application.port.in.apikey.CreateApiKeyCommand("local",
                java.util.Set.of(dev.vigil.domain.apikey.Scope.ADMIN), Optional.empty()));
        CollectedBackup withKeys = export(source, true);

        load(target, withKeys.toContent(), ImportMode.REPLACE);
        CollectedBackup once = export(target, true);
        load(target, withKeys.toContent(), ImportMode.REPLACE);

        assertThat(export(target, true).apiKeys).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(once.apiKeys);
        assertThat(target.apiKeys.all()).extracting(k -> k.hash()).doesNotHaveDuplicates()
                .hasSize(withKeys.apiKeys.size() + 1);
        assertThat(target.apiKeys.withOrigin(KeyOrigin.ENVIRONMENT)).isEmpty();
        assertThat(target.authenticateApiKey.authenticate(local.secret().reveal())).as("no lock-out").isPresent();
        assertThat(target.authenticateApiKey.authenticate(scenario.readKey)).isPresent();
    }

    @Test
    void aKeyWithTheEnvironmentsSecret_isRefused() {
        InMemoryVigil target = new InMemoryVigil();
        target.provisionAdminAccess.provision(Optional.of(dev.vigil.domain.apikey.ApiKeySecret.of(
                BackupScenario.ENVIRONMENT_KEY)));
        var stolen = source.apiKeys.withOrigin(KeyOrigin.ENVIRONMENT).get(0);
        var disguised = dev.vigil.domain.apikey.ApiKey.restore(stolen.id(), "innocent", stolen.hint(), stolen.hash(),
                stolen.scopes(), KeyOrigin.CREATED, Optional.empty(), Optional.empty(), stolen.createdAt());
        BackupContent content = new BackupContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.of(List.of(disguised)), List.of());

        assertThatThrownBy(() -> load(target, content, ImportMode.MERGE)).isInstanceOf(InvalidBackup.class)
                .hasMessageContaining("it has the secret of the key VIGIL_ADMIN_KEY manages");
    }

    @Test
    void aBackupWithoutSecrets_mergedIntoItsOwnVigil_keepsTheStoredSecrets() {
        CollectedBackup before = export(source, true);

        ImportReport report = load(source, export(source, false).toContent(), ImportMode.MERGE);

        assertThat(report.errors()).isEmpty();
        assertSameData(export(source, true), before);
    }

    @Test
    void aBackupWithoutSecrets_inAnEmptyVigil_saysWhatIsMissing_andSkipsWebhooksItCannotSend() {
        InMemoryVigil target = new InMemoryVigil();

        ImportReport report = load(target, export(source, false).toContent(), ImportMode.REPLACE);

        assertThat(report.count("webhooks")).isZero();
        assertThat(target.webhooks.all()).isEmpty();
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("webhook " + scenario.slack.id()
                + " 'Ops channel': exported without its URL"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).isEqualTo("check of dependency "
                + scenario.database.id() + ": its headers (Authorization) and its request body were not in the"
                + " export; set them again"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("check of dependency "
                + scenario.nightlyJob.id() + ": the export holds no push token, so it has a new one"));
        var push = (PushCheck) target.checks.byDependency(scenario.nightlyJob.id()).orElseThrow().spec();
        assertThat(push.tokenHash()).isNotEqualTo(scenario.pushToken.hash())
                .isNotEqualTo(dev.vigil.application.port.in.backup.ImportedCheck.WITHHELD_TOKEN);
        var http = (HttpCheck) target.checks.byDependency(scenario.database.id()).orElseThrow().spec();
        assertThat(http.headers()).isEmpty();
    }

    @Test
    void anInvalidBackup_listsEveryProblem_andChangesNothing() {
        BackupContent good = export(source, true).toContent();
        InMemoryVigil target = new InMemoryVigil();
        target.createSystem.create(CreateSystemCommand.named("First"));
        target.createSystem.create(CreateSystemCommand.named("Second"));
        MonitoredSystem local = target.createSystem.create(CreateSystemCommand.named("Checkout API"));
        List<ImportedDependency> dependencies = new ArrayList<>(good.dependencies());
        Instant t = source.clock.instant();
        dependencies.add(new ImportedDependency(Dependency.restore(new DependencyId(77), new SystemId(99),
                new DependencyDetails("Orphan", "", Criticality.CRITICAL), Status.OPERATIONAL, t, t), Optional.empty()));
        List<ImportedSystem> systems = new ArrayList<>(good.systems());
        systems.add(good.systems().get(1));
        BackupContent bad = new BackupContent(systems, dependencies, good.statusLog(), good.incidents(),
                good.maintenances(), good.slaReports(), good.slaBreaches(), good.webhooks(), good.counters(),
                good.apiKeys(), List.of());

        assertThatThrownBy(() -> load(target, bad, ImportMode.MERGE))
                .isInstanceOfSatisfying(InvalidBackup.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "systems: id " + scenario.search.id() + " appears more than once",
                        "systems[id " + scenario.checkout.id() + "]: slug 'checkout-api' belongs to stored system "
                                + local.id() + ", which the backup does not contain",
                        "dependencies[id 77]: system 99 is neither in the backup nor stored"));
        assertThat(target.systems.all()).extracting(MonitoredSystem::name)
                .containsExactly("Checkout API", "First", "Second");
        assertThat(target.log.all()).isEmpty();
        assertThat(target.incidents.page(10, 0)).isEmpty();
    }

    @Test
    void slugsDerivedFromNames_takeASuffix_whereTheNameIsTaken_andStayPutWhenLoadedAgain() {
        InMemoryVigil target = new InMemoryVigil();
        MonitoredSystem local = target.createSystem.create(CreateSystemCommand.named("API"));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        MonitoredSystem old = MonitoredSystem.restore(new SystemId(40), dev.vigil.domain.system.SystemFixtures
                .details("API").withSlug(Slug.fromName("API")), Status.OPERATIONAL, Status.OPERATIONAL, t, t);
        BackupContent content = new BackupContent(List.of(new ImportedSystem(old, true)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());

        load(target, content, ImportMode.MERGE);
        load(target, content, ImportMode.MERGE);

        assertThat(target.systems.byId(local.id()).orElseThrow().slug()).isEqualTo(new Slug("api"));
        assertThat(target.systems.byId(new SystemId(40)).orElseThrow().slug()).isEqualTo(new Slug("api-2"));
    }

    @Test
    void merge_forgetsDayTalliesFromTheEarliestChange_andCheckHistoryUnderIdsNewToThisVigil() {
        InMemoryVigil target = new InMemoryVigil();
        target.clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        MonitoredSystem local = target.createSystem.create(CreateSystemCommand.named("Local"));
        target.clock.set(Instant.parse("2026-02-01T00:00:00Z"));
        target.tallies.saveDay(LocalDate.parse("2026-02-27"), List.of());
        target.tallies.saveDay(LocalDate.parse("2026-02-28"), List.of());
        target.tallies.saveDay(LocalDate.parse("2026-03-01"), List.of());
        target.tallies.saveDay(LocalDate.parse("2026-03-02"), List.of());
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        target.checkHistory.append(List.of(CheckResult.up(scenario.database.id(), at, Duration.ofMillis(5),
                Optional.empty())));
        target.checkHistory.append(List.of(CheckResult.up(new DependencyId(500), at, Duration.ofMillis(5),
                Optional.empty())));

        load(target, export(source, true).toContent(), ImportMode.MERGE);

        assertThat(target.tallies.lastDay()).as("the scenario begins on 1 March").contains(LocalDate.parse("2026-02-28"));
        assertThat(target.checkHistory.stats(CheckHistory.Tier.RAW, scenario.database.id(), Instant.EPOCH,
                Instant.MAX, Duration.ofDays(1))).isEmpty();
        assertThat(target.checkHistory.stats(CheckHistory.Tier.RAW, new DependencyId(500), Instant.EPOCH,
                Instant.MAX, Duration.ofDays(1))).isNotEmpty();
        assertThat(local.id()).isNotNull();
    }

    @Test
    void mergingUnchangedData_leavesTheDayTalliesAlone() {
        source.tallyStatusDays.tallyClosedDays();
        source.clock.advance(Duration.ofDays(3));
        source.tallyStatusDays.tallyClosedDays();
        Optional<LocalDate> tallied = source.tallies.lastDay();

        load(source, export(source, true).toContent(), ImportMode.MERGE);

        assertThat(tallied).isPresent();
        assertThat(source.tallies.lastDay()).isEqualTo(tallied);
    }

    @Test
    void aPushTokenAlreadyUsedHere_byAnotherDependency_isAConflict() {
        InMemoryVigil target = new InMemoryVigil();
        load(target, export(source, true).toContent(), ImportMode.REPLACE);
        BackupContent moved = export(source, true).toContent();
        Dependency nightly = scenario.nightlyJob;
        List<ImportedDependency> dependencies = new ArrayList<>(moved.dependencies());
        ImportedDependency original = dependencies.stream().filter(d -> d.dependency().id().equals(nightly.id()))
                .findFirst().orElseThrow();
        var check = original.check().orElseThrow().check();
        var copy = dev.vigil.domain.check.Check.restore(new DependencyId(900), check.spec(), check.thresholds(),
                dev.vigil.domain.check.CheckState.INITIAL, check.configuredAt());
        dependencies.add(new ImportedDependency(Dependency.restore(new DependencyId(900), nightly.systemId(),
                nightly.details(), Status.UNKNOWN, nightly.createdAt(), nightly.updatedAt()),
                Optional.of(dev.vigil.application.port.in.backup.ImportedCheck.complete(copy))));
        dependencies.remove(original);
        BackupContent conflicting = new BackupContent(moved.systems(), dependencies, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());

        assertThatThrownBy(() -> load(target, conflicting, ImportMode.MERGE)).isInstanceOf(InvalidBackup.class)
                .hasMessageContaining("dependencies[id 900]: its push token is that of stored dependency "
                        + nightly.id());
        assertThat(PushToken.presented(scenario.pushToken.reveal()).hash())
                .isEqualTo(((PushCheck) target.checks.byDependency(nightly.id()).orElseThrow().spec()).tokenHash());
    }
}
