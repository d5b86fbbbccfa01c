package dev.vigil.adapters.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler over the in-memory use cases with a clock the test moves: ticks and flushes are called by hand. */
class ProbeSchedulerTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final ProbeScheduler scheduler = new ProbeScheduler(vigil.listScheduledChecks, vigil.probe,
            vigil.recordCheckResults, vigil.checkHeartbeats, vigil.compactCheckHistory, vigil.clock,
            ProbeScheduler.Settings.DEFAULT, new SplittableRandom(7));
    private Dependency db;
    private MonitoredSystem system;

    @BeforeEach
    void configureACheck() {
        system = vigil.createSystem.create(CreateSystemCommand.named("Checkout"));
        db = vigil.addDependency.add(new AddDependencyCommand(system.id(), "DB", "", Criticality.CRITICAL));
        vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.http("http://db/health", Duration.ofSeconds(10))),
                CheckThresholds.DEFAULT));
    }

    private Status status() {
        return vigil.dependencies.byId(db.id()).orElseThrow().status();
    }

    private void runFor(Duration duration) {
        for (long ms = 0; ms < duration.toMillis(); ms += 500) {
            vigil.clock.advance(Duration.ofMillis(500));
            scheduler.tick();
        }
        scheduler.flush();
    }

    @Test
    void aNewCheck_runsWithinSeconds_andItsResultsDriveTheStatus() {
        scheduler.refresh();

        runFor(Duration.ofSeconds(6));
        assertThat(vigil.probe.runs()).hasSize(1);
        assertThat(status()).isEqualTo(Status.OPERATIONAL);

        vigil.probe.failWith("connection refused");
        runFor(Duration.ofSeconds(30));

        assertThat(vigil.probe.runs()).hasSize(4);
        assertThat(status()).isEqualTo(Status.OUTAGE);
        assertThat(vigil.systems.byId(system.id()).orElseThrow().status()).isEqualTo(Status.OUTAGE);
        SchedulerStats stats = scheduler.stats();
        assertThat(stats.started()).isEqualTo(4);
        assertThat(stats.finished()).isEqualTo(4);
        assertThat(stats.resultsWritten()).isEqualTo(4);
        assertThat(stats.lagMaxMs()).isLessThanOrEqualTo(500);
    }

    @Test
    void aRemovedCheck_stopsRunning() {
        scheduler.refresh();
        runFor(Duration.ofSeconds(6));

        vigil.removeCheck.remove(db.id());
        scheduler.refresh();
        runFor(Duration.ofSeconds(60));

        assertThat(vigil.probe.runs()).hasSize(1);
        assertThat(scheduler.stats().checks()).isZero();
    }
}
