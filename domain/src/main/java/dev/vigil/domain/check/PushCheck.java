package dev.vigil.domain.check;

import dev.vigil.domain.apikey.SecretHash;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A push (heartbeat) check: the dependency's own job calls {@code /api/push/{token}} after each run. It expects a
 * ping every {@code period}, or at each time of a cron schedule read in {@code zone}, plus {@code grace}; without
 * one the dependency is missing.
 */
public record PushCheck(Optional<Duration> period, Optional<CronSchedule> cron, ZoneId zone, Duration grace,
                        SecretHash tokenHash) implements CheckSpec {
    public static final Duration MIN_PERIOD = Duration.ofSeconds(5);
    public static final Duration MAX_PERIOD = Duration.ofDays(31);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);
    public static final Duration MAX_GRACE = Duration.ofDays(7);

    public PushCheck {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cron, "cron");
        if (period.isPresent() == cron.isPresent()) {
            throw new IllegalArgumentException("a push check needs either period (seconds) or cron, not both or neither");
        }
        period.ifPresent(p -> {
            if (p.compareTo(MIN_PERIOD) < 0 || p.compareTo(MAX_PERIOD) > 0) {
                throw new IllegalArgumentException("period must be between 5 and " + MAX_PERIOD.toSeconds() + " seconds");
            }
        });
        zone = zone == null ? ZoneId.of("UTC") : zone;
        grace = grace == null ? DEFAULT_GRACE : grace;
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("grace must be between 0 and " + MAX_GRACE.toSeconds() + " seconds");
        }
        Objects.requireNonNull(tokenHash, "tokenHash");
    }

    /** When a ping is due at the latest, given the last ping (or the time the check was set up). */
    public Instant deadlineAfter(Instant lastPingOrStart) {
        Instant expected = period.map(lastPingOrStart::plus)
                .orElseGet(() -> cron.orElseThrow().nextAfter(lastPingOrStart, zone));
        return expected.plus(grace);
    }

    /** The same check answering to another token. */
    public PushCheck withTokenHash(SecretHash newHash) {
        return new PushCheck(period, cron, zone, grace, newHash);
    }

    @Override
    public CheckKind kind() {
        return CheckKind.PUSH;
    }

    @Override
    public Optional<Duration> runEvery() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "PushCheck[" + period.map(p -> "every " + p.toSeconds() + " s").orElse("cron " + cron.orElseThrow())
                + ", grace " + grace.toSeconds() + " s, token hidden]";
    }
}
