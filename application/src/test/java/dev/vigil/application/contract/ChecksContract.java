package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Systems;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.ExpectedStatus;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyDetails;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemFixtures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Checks} adapter must do. */
public abstract class ChecksContract {
    private MonitoredSystem system;

    protected abstract Systems systems();

    protected abstract Dependencies dependencies();

    protected abstract Checks checks();

    @BeforeEach
    void storeSystem() {
        system = MonitoredSystem.register(systems().nextId(), SystemFixtures.details("API"), T0);
        systems().save(system);
    }

    private DependencyId dependency(String name) {
        Dependency d = Dependency.add(dependencies().nextId(), system.id(), new DependencyDetails(name, "", Criticality.CRITICAL), T0);
        dependencies().save(d);
        return d.id();
    }

    private static HttpCheck fullHttp() {
        return new HttpCheck(URI.create("https://api.example.com/health?x=1"), "POST", ExpectedStatus.parse("200-299,301"),
                Optional.of(new BodyRule.JsonFieldEquals("checks.db", "ok")), Map.of("Authorization", "Bearer s3cret", "X-A", "b"),
                "{\"ping\":true}", Duration.ofSeconds(3), Duration.ofSeconds(30), Optional.of(Duration.ofMillis(800)));
    }

    @Test
    void save_thenByDependency_returnsEveryField_ofAnHttpCheckWithState() {
        DependencyId id = dependency("API");
        Check check = Check.configure(id, fullHttp(), new CheckThresholds(4, 2), T0)
                .apply(CheckFixtures.down(id.value(), T0.plusSeconds(30), "status 503"), Status.OPERATIONAL).check();

        checks().save(check);

        Check loaded = checks().byDependency(id).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(check);
    }

    @Test
    void everyBodyRuleAndKind_roundTrips_withPingStateAndCron() {
        DependencyId d = dependency("d");
        Check push = Check.configure(d, CheckFixtures.pushCron("0 3 * * mon-fri", "Europe/Berlin",
                Duration.ofMinutes(5), PushToken.presented("t1")), CheckThresholds.DEFAULT, T0);
        push = push.apply(CheckFixtures.up(d.value(), T0.plusSeconds(5), 0), Status.UNKNOWN).check();
        push = push.missingAt(T0.plusSeconds(9_000_000), Status.OPERATIONAL).orElseThrow().check();
        List<Check> all = List.of(
                Check.configure(dependency("a"), new HttpCheck(URI.create("http://a/"), "GET", null,
                        Optional.of(new BodyRule.Matches("\"status\":\\s*\"ok\"")), Map.of(), "", null, null,
                        Optional.empty()), CheckThresholds.DEFAULT, T0),
                Check.configure(dependency("b"), new HttpCheck(URI.create("http://b/"), "HEAD", null,
                        Optional.of(new BodyRule.Contains("ok")), Map.of(), "", null, null, Optional.empty()),
                        CheckThresholds.DEFAULT, T0),
                Check.configure(dependency("c"), CheckFixtures.tcp("db.internal", 5432), CheckThresholds.DEFAULT, T0),
                push);

        checks().saveAll(all);

        for (Check check : all) {
            assertThat(checks().byDependency(check.dependency())).get().usingRecursiveComparison().isEqualTo(check);
        }
    }

    @Test
    void saveStates_storesWhereChecksStand_keepsTheirConfiguration_andSkipsRemovedOnes() {
        DependencyId id = dependency("api");
        DependencyId removed = dependency("gone");
        Check stored = Check.configure(id, fullHttp(), CheckThresholds.DEFAULT, T0);
        checks().save(stored);
        Check applied = stored.apply(CheckFixtures.up(id.value(), T0.plusSeconds(9), 31), Status.UNKNOWN).check();
        Check orphan = Check.configure(removed, CheckFixtures.tcp("x", 1), CheckThresholds.DEFAULT, T0)
                .apply(CheckFixtures.up(removed.value(), T0, 1), Status.UNKNOWN).check();

        checks().saveStates(List.of(applied, orphan));

        assertThat(checks().byDependency(id)).get().usingRecursiveComparison().isEqualTo(applied);
        assertThat(checks().byDependency(removed)).isEmpty();
    }

    @Test
    void byDependencies_findsThoseWithACheck() {
        DependencyId a = dependency("a");
        DependencyId b = dependency("b");
        DependencyId without = dependency("c");
        checks().save(Check.configure(a, CheckFixtures.tcp("a", 1), CheckThresholds.DEFAULT, T0));
        checks().save(Check.configure(b, CheckFixtures.tcp("b", 2), CheckThresholds.DEFAULT, T0));

        Map<DependencyId, Check> found = checks().byDependencies(List.of(a, without, b, new DependencyId(999)));

        assertThat(found).containsOnlyKeys(a, b);
        assertThat(checks().byDependency(without)).isEmpty();
    }

    @Test
    void byTokenHash_findsThePushCheck_andNothingForOtherHashes() {
        DependencyId id = dependency("job");
        PushToken token = PushToken.presented("vgp_abc");
        checks().save(Check.configure(id, CheckFixtures.push(Duration.ofMinutes(1), Duration.ZERO, token),
                CheckThresholds.DEFAULT, T0));

        assertThat(checks().byTokenHash(token.hash())).get().extracting(Check::dependency).isEqualTo(id);
        assertThat(checks().byTokenHash(PushToken.presented("vgp_abd").hash())).isEmpty();
    }

    @Test
    void scheduled_isEveryHttpAndTcpCheck_byDependencyId_withoutPushChecks() {
        DependencyId a = dependency("a");
        DependencyId b = dependency("b");
        DependencyId c = dependency("c");
        checks().save(Check.configure(c, CheckFixtures.http("http://c/"), CheckThresholds.DEFAULT, T0));
        checks().save(Check.configure(a, CheckFixtures.tcp("a", 1), CheckThresholds.DEFAULT, T0));
        checks().save(Check.configure(b, CheckFixtures.push(Duration.ofMinutes(1), Duration.ZERO,
                PushToken.presented("x")), CheckThresholds.DEFAULT, T0));

        assertThat(checks().scheduled()).extracting(Check::dependency).containsExactly(a, c);
    }

    @Test
    void pushOverdue_listsPushChecksPastTheirDeadline_notYetMissing() {
        DependencyId late = dependency("late");
        DependencyId fine = dependency("fine");
        DependencyId gone = dependency("gone");
        checks().save(Check.configure(late, CheckFixtures.push(Duration.ofMinutes(1), Duration.ZERO,
                PushToken.presented("l")), CheckThresholds.DEFAULT, T0));
        checks().save(Check.configure(fine, CheckFixtures.push(Duration.ofMinutes(10), Duration.ZERO,
                PushToken.presented("f")), CheckThresholds.DEFAULT, T0));
        Check missing = Check.configure(gone, CheckFixtures.push(Duration.ofMinutes(1), Duration.ZERO,
                PushToken.presented("g")), CheckThresholds.DEFAULT, T0);
        checks().save(missing.missingAt(T0.plusSeconds(61), Status.UNKNOWN).orElseThrow().check());

        assertThat(checks().pushOverdue(T0.plusSeconds(120))).extracting(Check::dependency).containsExactly(late);
        assertThat(checks().pushOverdue(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void delete_removesTheCheck_andRemovingTheDependencyRemovesItToo() {
        DependencyId a = dependency("a");
        DependencyId b = dependency("b");
        checks().save(Check.configure(a, CheckFixtures.tcp("a", 1), CheckThresholds.DEFAULT, T0));
        checks().save(Check.configure(b, CheckFixtures.tcp("b", 1), CheckThresholds.DEFAULT, T0));

        checks().delete(a);
        dependencies().delete(b);

        assertThat(checks().byDependency(a)).isEmpty();
        assertThat(checks().byDependency(b)).isEmpty();
        assertThat(checks().scheduled()).isEmpty();
    }

    @Test
    void save_ofAnUnknownDependency_isRejected() {
        Check orphan = Check.configure(new DependencyId(999), CheckFixtures.tcp("a", 1), CheckThresholds.DEFAULT, T0);

        assertThatThrownBy(() -> checks().save(orphan)).isInstanceOf(RuntimeException.class);
    }
}
