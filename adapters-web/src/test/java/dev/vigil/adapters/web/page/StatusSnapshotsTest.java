package dev.vigil.adapters.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.adapters.web.Json;
import dev.vigil.adapters.web.asset.Assets;
import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.application.port.in.status.ShowStatusOverview;
import dev.vigil.application.port.in.status.ShowStatusTrends;
import dev.vigil.domain.counter.CounterName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusSnapshotsTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final StatusPages pages = new StatusPages(Templates.precompiled(), Json.mapper(),
            Assets.load().publicChrome("Status"), 30);
    private final List<StatusSnapshots> started = new ArrayList<>();

    private StatusSnapshots snapshots(ShowStatusOverview overview, Duration coalesce, Duration maxAge) {
        return snapshots(overview, vigil.showStatusTrends,
                new StatusSnapshots.Settings(coalesce, Duration.ZERO, maxAge, Duration.ofMinutes(1)));
    }

    private StatusSnapshots snapshots(ShowStatusOverview overview, ShowStatusTrends trends,
                                      StatusSnapshots.Settings settings) {
        StatusSnapshots snapshots = new StatusSnapshots(overview, trends, pages, settings);
        started.add(snapshots);
        return snapshots;
    }

    @AfterEach
    void stop() {
        started.forEach(StatusSnapshots::close);
    }

    @Test
    void theFirstSnapshot_isBuiltBeforeAnyRequest() {
        vigil.setCounter.set(new SetCounterCommand(new CounterName("online_now"), 5, Optional.empty()));

        StatusSnapshots snapshots = snapshots(vigil.showStatusOverview, Duration.ofMillis(10), Duration.ofMinutes(5));

        assertThat(snapshots.current().json().text()).contains("\"online_now\":5");
        assertThat(snapshots.rebuilds()).isEqualTo(1);
    }

    @Test
    void aBurstOfWrites_isCoalescedIntoFewRebuilds_andTheLastWriteIsShown() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        ShowStatusOverview counting = audience -> {
            reads.incrementAndGet();
            return vigil.showStatusOverview.show(audience);
        };
        StatusSnapshots snapshots = snapshots(counting, Duration.ofMillis(300), Duration.ofMinutes(5));
        vigil.transactions.afterCommit(snapshots::markStale);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            writers.add(new Thread(() -> {
                for (int i = 1; i <= 250; i++) {
                    vigil.setCounter.set(new SetCounterCommand(new CounterName("writer_" + writer), i, Optional.empty()));
                }
            }));
        }

        writers.forEach(Thread::start);
        for (Thread w : writers) {
            w.join();
        }
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();

        assertThat(snapshots.current().json().text()).contains("\"writer_0\":250", "\"writer_1\":250",
                "\"writer_2\":250", "\"writer_3\":250");
        assertThat(reads.get()).as("1000 writes, read %s times", reads.get()).isBetween(2, 8);
    }

    @Test
    void aChangeReportedDuringARebuild_getsARebuildOfItsOwn() throws Exception {
        AtomicBoolean slow = new AtomicBoolean();
        ShowStatusOverview overview = audience -> {
            if (slow.getAndSet(false)) {
                vigil.setCounter.set(new SetCounterCommand(new CounterName("late"), 1, Optional.empty()));
            }
            return vigil.showStatusOverview.show(audience);
        };
        StatusSnapshots snapshots = snapshots(overview, Duration.ZERO, Duration.ofMinutes(5));
        vigil.transactions.afterCommit(snapshots::markStale);
        slow.set(true);

        snapshots.markStale();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!snapshots.current().json().text().contains("\"late\":1") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(snapshots.current().json().text()).contains("\"late\":1");
    }

    @Test
    void aFailedRebuild_keepsServingThePreviousSnapshot() {
        AtomicBoolean broken = new AtomicBoolean();
        ShowStatusOverview overview = audience -> {
            if (broken.get()) {
                throw new IllegalStateException("database is gone");
            }
            return vigil.showStatusOverview.show(audience);
        };
        StatusSnapshots snapshots = snapshots(overview, Duration.ZERO, Duration.ofMinutes(5));
        StatusSnapshot before = snapshots.current();
        broken.set(true);

        assertThat(snapshots.awaitFresh(Duration.ofMillis(500))).isFalse();

        assertThat(snapshots.current()).isSameAs(before);
        broken.set(false);
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();
        assertThat(snapshots.current().version()).isGreaterThan(before.version());
    }

    @Test
    void theSnapshotIsRebuiltAtLeastEveryMaxAge_evenWithoutWrites() throws Exception {
        StatusSnapshots snapshots = snapshots(vigil.showStatusOverview, Duration.ZERO, Duration.ofMillis(50));
        vigil.clock.advance(Duration.ofMinutes(1));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (snapshots.rebuilds() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(snapshots.rebuilds()).isGreaterThanOrEqualTo(3);
        assertThat(snapshots.current().json().text()).contains("\"generated_at\":\"2026-03-01T12:01:00Z\"");
    }

    @Test
    void afterClose_reportsAreIgnored() {
        StatusSnapshots snapshots = snapshots(vigil.showStatusOverview, Duration.ZERO, Duration.ofMinutes(5));
        snapshots.close();

        boolean rebuilt = snapshots.awaitFresh(Duration.ofMillis(500));

        assertThat(rebuilt).as("a running rebuilder would have rebuilt at once (no coalescing delay)").isFalse();
        assertThat(snapshots.rebuilds()).isEqualTo(1);
    }

    @Test
    void reportsArrivingAllTheTime_costAtMostOneRebuildPerMinimumInterval() throws Exception {
        StatusSnapshots snapshots = snapshots(vigil.showStatusOverview, vigil.showStatusTrends,
                new StatusSnapshots.Settings(Duration.ofMillis(5), Duration.ofMillis(250), Duration.ofMinutes(5),
                        Duration.ofMinutes(1)));
        long before = snapshots.rebuilds();
        long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();

        while (System.nanoTime() < end) {
            snapshots.markStale();
            Thread.sleep(2);
        }

        long rebuilds = snapshots.rebuilds() - before;
        assertThat(rebuilds).as("%s reports in 1.5 s", snapshots.stats().reports()).isBetween(2L, 7L);
        assertThat(snapshots.stats().reports()).isGreaterThan(100);
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();
    }

    @Test
    void trends_areReadAgainOnlyWhenOlderThanTheirMaximumAge_orInANewHour() {
        AtomicInteger reads = new AtomicInteger();
        ShowStatusTrends counting = audience -> {
            reads.incrementAndGet();
            return vigil.showStatusTrends.show(audience);
        };
        vigil.clock.set(java.time.Instant.parse("2026-03-01T12:00:00Z"));
        StatusSnapshots snapshots = snapshots(vigil.showStatusOverview, counting,
                new StatusSnapshots.Settings(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(1)));

        vigil.clock.advance(Duration.ofSeconds(30));
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();
        assertThat(reads.get()).as("30 s later: the same trends").isEqualTo(1);
        vigil.clock.advance(Duration.ofSeconds(31));
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();
        assertThat(reads.get()).as("older than a minute").isEqualTo(2);
        vigil.clock.set(java.time.Instant.parse("2026-03-01T12:59:59Z"));
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();
        vigil.clock.set(java.time.Instant.parse("2026-03-01T13:00:00Z"));
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();

        assertThat(reads.get()).as("read at 12:59:59, then again in the new hour").isEqualTo(4);
        assertThat(snapshots.current().trends().generatedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T13:00:00Z"));
        assertThat(snapshots.stats().trendReads()).isEqualTo(4);
    }

    @Test
    void aSystemTheTrendsDoNotCoverYet_hasThemReadAgainAtOnce() {
        AtomicInteger reads = new AtomicInteger();
        ShowStatusTrends counting = audience -> {
            reads.incrementAndGet();
            return vigil.showStatusTrends.show(audience);
        };
        StatusSnapshots snapshots = snapshots(vigil.showStatusOverview, counting,
                new StatusSnapshots.Settings(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(10)));
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();
        assertThat(reads.get()).isEqualTo(1);

        vigil.createSystem.create(dev.vigil.application.port.in.system.CreateSystemCommand.named("Shop"));
        assertThat(snapshots.awaitFresh(Duration.ofSeconds(20))).isTrue();

        assertThat(reads.get()).isEqualTo(2);
        assertThat(snapshots.current().page().text()).contains("Uptime per day over the last 90 days");
    }
}
