package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.ShowStatusTrends;
import dev.vigil.application.port.in.status.StatusTrends;
import dev.vigil.application.port.in.status.StatusTrends.DayUptime;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.UpdateVisibility;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.system.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusTrendsServiceTest {
    private static final Instant MIDNIGHT = Instant.parse("2026-03-01T00:00:00Z");

    private final InMemoryVigil vigil = new InMemoryVigil();

    private MonitoredSystem system(String name, Visibility visibility) {
        return vigil.createSystem.create(new CreateSystemCommand(name, Optional.empty(), "", "", "", visibility,
                SlaTarget.DEFAULT));
    }

    private Dependency dependency(MonitoredSystem system, String name) {
        return vigil.addDependency.add(new AddDependencyCommand(system.id(), name, "", Criticality.CRITICAL));
    }

    private void set(Dependency d, Status status) {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(d.id(), status, ""));
    }

    private static DayUptime day(StatusTrends trends, MonitoredSystem system, LocalDate date) {
        return trends.daysOf(system.id()).stream().filter(d -> d.day().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void ninetyDaysPerSystem_closedDaysFromTheTallies_todaySoFarFromTheLog() {
        vigil.clock.set(MIDNIGHT);
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        Dependency db = dependency(shop, "DB");
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(12)));
        set(db, Status.OUTAGE);
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(13)));
        set(db, Status.OPERATIONAL);
        vigil.clock.set(MIDNIGHT.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        assertThat(vigil.tallyStatusDays.tallyClosedDays()).isEqualTo(1);
        vigil.clock.set(MIDNIGHT.plus(Duration.ofDays(1)).plus(Duration.ofHours(6)));
        set(db, Status.DEGRADED);
        vigil.clock.advance(Duration.ofHours(2));

        StatusTrends trends = vigil.showStatusTrends.show(Audience.PUBLIC);

        LocalDate first = LocalDate.of(2026, 3, 1);
        assertThat(trends.daysOf(shop.id())).hasSize(ShowStatusTrends.DAYS);
        assertThat(trends.lastDay()).isEqualTo(first.plusDays(1));
        assertThat(trends.firstDay()).isEqualTo(first.plusDays(1).minusDays(ShowStatusTrends.DAYS - 1));
        assertThat(day(trends, shop, first).uptimePercent().getAsDouble()).isCloseTo(2300.0 / 24, within(1e-9));
        assertThat(day(trends, shop, first.plusDays(1)).uptimePercent().getAsDouble())
                .as("06:00 to 08:00 degraded, 6 of 8 hours operational").isCloseTo(75.0, within(1e-9));
        assertThat(day(trends, shop, first.minusDays(1)).uptimePercent()).as("before it existed").isEmpty();
    }

    @Test
    void theDaysAnIncidentWasOpen_countItForItsSystems() {
        vigil.clock.set(MIDNIGHT);
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        MonitoredSystem blog = system("Blog", Visibility.PUBLIC);
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(23)));
        var incident = vigil.openIncident.open(new OpenIncidentCommand("Broken", Impact.MAJOR, Set.of(shop.id()), "m",
                UpdateVisibility.PUBLIC, "a", Optional.empty()));
        vigil.clock.advance(Duration.ofHours(2));
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(incident.id(), "", Optional.empty(), "a"));
        vigil.clock.advance(Duration.ofDays(2));

        StatusTrends trends = vigil.showStatusTrends.show(Audience.OPERATORS);

        LocalDate first = LocalDate.of(2026, 3, 1);
        assertThat(day(trends, shop, first).incidents()).isEqualTo(1);
        assertThat(day(trends, shop, first.plusDays(1)).incidents()).isEqualTo(1);
        assertThat(day(trends, shop, first.plusDays(2)).incidents()).isZero();
        assertThat(day(trends, blog, first).incidents()).isZero();
    }

    @Test
    void thePublicGetsPublicSystemsOnly_withTheLatencyOfTheirDependencies_fromHourlyRollUps() {
        vigil.clock.set(MIDNIGHT);
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        MonitoredSystem backOffice = system("Back office", Visibility.PRIVATE);
        Dependency db = dependency(shop, "DB");
        Dependency ledger = dependency(backOffice, "Ledger");
        for (Dependency d : List.of(db, ledger)) {
            vigil.configureCheck.configure(new ConfigureCheckCommand(d.id(),
                    new CheckDefinition.RunByVigil(CheckFixtures.http("http://x.internal/")), CheckThresholds.DEFAULT));
        }
        for (int minute = 0; minute < 180; minute += 30) {
            Instant at = MIDNIGHT.plus(Duration.ofMinutes(minute)).plusSeconds(1);
            vigil.recordCheckResults.record(List.of(CheckFixtures.up(db.id().value(), at, 10 + minute / 60 * 10),
                    CheckFixtures.up(ledger.id().value(), at, 5)));
        }
        vigil.clock.set(MIDNIGHT.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(10)));
        vigil.compactCheckHistory.compact();

        StatusTrends trends = vigil.showStatusTrends.show(Audience.PUBLIC);

        assertThat(trends.days()).containsOnlyKeys(shop.id());
        assertThat(trends.latency()).containsOnlyKeys(db.id());
        assertThat(trends.latencyOf(db.id())).extracting(h -> h.stats().averageLatency())
                .containsExactly(10.0, 20.0, 30.0);
        assertThat(vigil.showSystemTrends.of(backOffice.id()).latencyOf(ledger.id())).hasSize(3);
    }

    @Test
    void theTrendsOfAnUnknownSystem_areRefused() {
        assertThatThrownBy(() -> vigil.showSystemTrends.of(new SystemId(99))).isInstanceOf(UnknownSystem.class);
    }
}
