package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.analytics.OverallAnalytics;
import dev.vigil.application.port.in.analytics.SubjectAnalytics;
import dev.vigil.application.port.in.analytics.SystemAnalytics;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.RollingPeriod;
import dev.vigil.domain.uptime.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnalyticsServicesTest {
    private static final Instant MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z");

    private final InMemoryVigil vigil = new InMemoryVigil();

    private MonitoredSystem system(String name) {
        return vigil.createSystem.create(CreateSystemCommand.named(name));
    }

    private Dependency dependency(MonitoredSystem system, String name, Criticality criticality) {
        return vigil.addDependency.add(new AddDependencyCommand(system.id(), name, "", criticality));
    }

    private void set(Dependency d, Status status) {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(d.id(), status, ""));
    }

    private void at(String hhmm) {
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(Integer.parseInt(hhmm.substring(0, 2))))
                .plus(Duration.ofMinutes(Integer.parseInt(hhmm.substring(3)))));
    }

    @Test
    void aDayWithAnHourOfOutage_isWorkedOutPerSystem_perDependency_andOverall() {
        vigil.clock.set(MIDNIGHT);
        MonitoredSystem api = system("API");
        MonitoredSystem web = system("Web");
        Dependency db = dependency(api, "DB", Criticality.CRITICAL);
        at("12:00");
        set(db, Status.OUTAGE);
        at("13:00");
        set(db, Status.OPERATIONAL);
        at("23:59");
        vigil.clock.advance(Duration.ofMinutes(1));

        OverallAnalytics overall = vigil.showOverallAnalytics.show(AnalyticsQuery.of(RollingPeriod.LAST_24H));

        SystemAnalytics apiRow = overall.systems().get(0);
        assertThat(apiRow.system().name()).isEqualTo("API");
        assertThat(apiRow.system().figures().availabilityPercent()).isCloseTo(2300.0 / 24, within(1e-9));
        assertThat(apiRow.dependencies()).extracting(SubjectAnalytics::name).containsExactly("DB");
        assertThat(apiRow.dependencies().get(0).figures().mttr()).contains(Duration.ofHours(1));
        assertThat(overall.systems().get(1).system().figures().availabilityPercent()).isEqualTo(100.0);
        assertThat(overall.figures().availabilityPercent()).isCloseTo(4700.0 / 48, within(1e-9));
        assertThat(overall.figures().outages()).isEqualTo(1);
        assertThat(vigil.showSystemAnalytics.show(api.id(), AnalyticsQuery.of(RollingPeriod.LAST_24H)).system())
                .isEqualTo(apiRow.system());
        assertThat(vigil.showDependencyAnalytics.show(db.id(), AnalyticsQuery.of(RollingPeriod.LAST_24H)).dependency())
                .isEqualTo(apiRow.dependencies().get(0));
    }

    @Test
    void aSystemCreatedInTheWindow_countsOnlyFromItsCreation() {
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(18)));
        MonitoredSystem late = system("Late");
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(late.id(), Status.OUTAGE, ""));
        vigil.clock.advance(Duration.ofHours(6));

        var figures = vigil.showSystemAnalytics.show(late.id(), AnalyticsQuery.of(RollingPeriod.LAST_24H))
                .system().figures();

        assertThat(figures.tally().unknownMs()).isEqualTo(Duration.ofHours(18).toMillis());
        assertThat(figures.tally().countedMs()).isEqualTo(Duration.ofHours(6).toMillis());
        assertThat(figures.availabilityPercent()).isZero();
    }

    @Test
    void maintenanceWindowsAreNotCounted_forTheSystemNorItsDependencies() {
        vigil.clock.set(MIDNIGHT);
        MonitoredSystem api = system("API");
        Dependency db = dependency(api, "DB", Criticality.CRITICAL);
        at("02:00");
        vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Upgrade", "", vigil.clock.instant(),
                vigil.clock.instant().plus(Duration.ofHours(2)), Set.of(api.id())));
        set(db, Status.OUTAGE);
        at("04:00");
        vigil.applyMaintenanceWindows.apply();
        set(db, Status.OPERATIONAL);
        vigil.clock.set(MIDNIGHT.plus(Duration.ofDays(1)));

        SystemAnalytics analytics = vigil.showSystemAnalytics.show(api.id(), AnalyticsQuery.of(RollingPeriod.LAST_24H));

        assertThat(analytics.system().figures().tally().maintenanceMs()).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(analytics.system().figures().availabilityPercent()).isEqualTo(100.0);
        assertThat(analytics.dependencies().get(0).figures().tally().maintenanceMs())
                .isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(analytics.dependencies().get(0).figures().availabilityPercent()).isEqualTo(100.0);
        assertThat(analytics.dependencies().get(0).figures().mttr()).contains(Duration.ofHours(2));
    }

    @Test
    void incidentsOfTheWindow_areCountedForTheirSystems() {
        vigil.clock.set(MIDNIGHT);
        MonitoredSystem api = system("API");
        MonitoredSystem web = system("Web");
        vigil.clock.advance(Duration.ofHours(1));
        vigil.openIncident.open(new OpenIncidentCommand("Broken", Impact.MAJOR, Set.of(api.id()), "m",
                UpdateVisibility.PUBLIC, "", Optional.empty()));
        vigil.clock.advance(Duration.ofHours(1));

        OverallAnalytics overall = vigil.showOverallAnalytics.show(AnalyticsQuery.of(RollingPeriod.LAST_24H));

        assertThat(overall.incidents().total()).isEqualTo(1);
        assertThat(overall.incidents().ongoing()).isEqualTo(1);
        assertThat(overall.systems().get(0).system().incidents().total()).isEqualTo(1);
        assertThat(overall.systems().get(1).system().incidents().total()).isZero();
        assertThat(vigil.showOverallAnalytics.show(AnalyticsQuery.of(RollingPeriod.LAST_1H)).incidents().total())
                .isEqualTo(1);
        assertThat(web.id()).isNotEqualTo(api.id());
    }

    @Test
    void badWindows_andUnknownIds_areRefused() {
        vigil.clock.set(MIDNIGHT);
        Instant now = vigil.clock.instant();

        assertThatThrownBy(() -> vigil.showOverallAnalytics.show(AnalyticsQuery.between(now.minusSeconds(60),
                now.plusSeconds(60)))).hasMessage("to must not be in the future");
        assertThatThrownBy(() -> vigil.showOverallAnalytics.show(AnalyticsQuery.between(now, now)))
                .hasMessage("to must be after from");
        assertThatThrownBy(() -> vigil.showOverallAnalytics.show(AnalyticsQuery.between(
                now.minus(Duration.ofDays(401)), now))).hasMessage("from and to may be at most 400 days apart");
        assertThatThrownBy(() -> new AnalyticsQuery(Optional.of(RollingPeriod.LAST_1H), Optional.of(now),
                Optional.empty())).hasMessage("ask for a period or for from/to, not both");
        assertThatThrownBy(() -> vigil.showSystemAnalytics.show(new SystemId(9), AnalyticsQuery.of(RollingPeriod.LAST_1H)))
                .isInstanceOf(UnknownSystem.class);
        assertThatThrownBy(() -> vigil.showDependencyAnalytics.show(new dev.vigil.domain.system.DependencyId(9),
                AnalyticsQuery.of(RollingPeriod.LAST_1H))).isInstanceOf(UnknownDependency.class);
    }

    @Test
    void tallyingClosedDays_waitsForTheGrace_andCatchesUpInOrder() {
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(5)));
        system("API");
        vigil.clock.set(MIDNIGHT.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(9)));

        assertThat(vigil.tallyStatusDays.tallyClosedDays()).isEqualTo(2);
        assertThat(vigil.tallies.lastDay()).contains(java.time.LocalDate.of(2026, 3, 2));
        vigil.clock.advance(Duration.ofMinutes(1));
        assertThat(vigil.tallyStatusDays.tallyClosedDays()).isEqualTo(1);
        assertThat(vigil.tallyStatusDays.tallyClosedDays()).isZero();
    }

    /**
     * Whatever the history, the day tallies give exactly what walking the log gives: for random histories over ten
     * days and random windows, analytics are computed before any day is tallied and again after.
     */
    @Test
    void dayTallies_giveTheSameFiguresAsWalkingTheLog() {
        for (long seed = 1; seed <= 25; seed++) {
            InMemoryVigil v = new InMemoryVigil();
            Random random = new Random(seed);
            v.clock.set(MIDNIGHT.plus(Duration.ofMinutes(random.nextInt(600))));
            List<Dependency> deps = new ArrayList<>();
            List<MonitoredSystem> systems = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                MonitoredSystem system = v.createSystem.create(CreateSystemCommand.named("S" + s));
                systems.add(system);
                for (int d = 0; d < 2; d++) {
                    deps.add(v.addDependency.add(new AddDependencyCommand(system.id(), "D" + s + d, "",
                            d == 0 ? Criticality.CRITICAL : Criticality.MINOR)));
                }
            }
            Instant end = MIDNIGHT.plus(Duration.ofDays(10));
            while (v.clock.instant().isBefore(end.minus(Duration.ofHours(3)))) {
                v.clock.advance(Duration.ofMinutes(1 + random.nextInt(600)));
                int pick = random.nextInt(10);
                if (pick < 7) {
                    Dependency d = deps.get(random.nextInt(deps.size()));
                    Status to = List.of(Status.OPERATIONAL, Status.DEGRADED, Status.OUTAGE).get(random.nextInt(3));
                    v.changeDependencyStatus.change(new ChangeDependencyStatusCommand(d.id(), to, ""));
                } else if (pick < 9) {
                    MonitoredSystem s = systems.get(random.nextInt(systems.size()));
                    Status to = List.of(Status.OPERATIONAL, Status.DEGRADED, Status.MAINTENANCE).get(random.nextInt(3));
                    v.changeSystemStatus.change(new ChangeSystemStatusCommand(s.id(), to, ""));
                } else {
                    Instant start = v.clock.instant().plus(Duration.ofMinutes(random.nextInt(300)));
                    v.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("w", "", start,
                            start.plus(Duration.ofMinutes(1 + random.nextInt(300))),
                            Set.of(systems.get(random.nextInt(systems.size())).id())));
                }
                v.applyMaintenanceWindows.apply();
            }
            v.clock.set(end);
            List<AnalyticsQuery> queries = List.of(AnalyticsQuery.of(RollingPeriod.LAST_24H),
                    AnalyticsQuery.of(RollingPeriod.LAST_7D), AnalyticsQuery.of(RollingPeriod.LAST_90D),
                    AnalyticsQuery.between(MIDNIGHT.plus(Duration.ofMinutes(random.nextInt(5000))),
                            end.minus(Duration.ofMinutes(random.nextInt(5000)))),
                    AnalyticsQuery.between(MIDNIGHT.plus(Duration.ofDays(2)), MIDNIGHT.plus(Duration.ofDays(5))));
            List<Map<Subject, SubjectAnalytics>> walked = queries.stream().map(q -> everything(v, q)).toList();

            int tallied = v.tallyStatusDays.tallyClosedDays();

            assertThat(tallied).as("seed %d", seed).isGreaterThanOrEqualTo(9);
            for (int i = 0; i < queries.size(); i++) {
                assertThat(everything(v, queries.get(i))).as("seed %d, query %d", seed, i).isEqualTo(walked.get(i));
            }
        }
    }

    private static Map<Subject, SubjectAnalytics> everything(InMemoryVigil v, AnalyticsQuery query) {
        OverallAnalytics overall = v.showOverallAnalytics.show(query);
        return overall.systems().stream()
                .flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.system()),
                        s.dependencies().stream()))
                .collect(Collectors.toMap(SubjectAnalytics::subject, a -> a));
    }
}
