package dev.vigil.application.service;

import dev.vigil.application.port.in.check.CompactCheckHistory;
import dev.vigil.application.port.in.check.HistoryRetention;
import dev.vigil.application.port.out.CheckHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rolls up every hour that ended more than two minutes ago (results arrive in batches within seconds) and every
 * finished UTC day, then deletes what is past its retention. The history adapter splits the work into short
 * transactions of its own, so this service opens none.
 */
public final class CompactCheckHistoryService implements CompactCheckHistory {
    static final Duration SETTLE = Duration.ofMinutes(2);

    private final CheckHistory history;
    private final HistoryTiers tiers;
    private final Clock clock;

    public CompactCheckHistoryService(CheckHistory history, HistoryRetention retention, Clock clock) {
        this.history = history;
        this.tiers = new HistoryTiers(history, retention);
        this.clock = clock;
    }

    @Override
    public long compact() {
        Instant now = clock.instant();
        Instant hours = now.minus(SETTLE).truncatedTo(ChronoUnit.HOURS);
        history.rollUpHours(hours);
        history.rollUpDays(hours.truncatedTo(ChronoUnit.DAYS));
        return history.purge(tiers.rawFrom(now).minus(Duration.ofHours(1)), tiers.hourlyFrom(now).minus(Duration.ofDays(1)));
    }
}
