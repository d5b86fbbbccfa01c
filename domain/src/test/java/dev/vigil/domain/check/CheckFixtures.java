package dev.vigil.domain.check;

import dev.vigil.domain.system.DependencyId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Checks with sensible defaults for tests. */
public final class CheckFixtures {
    private CheckFixtures() {
    }

    public static HttpCheck http(String url) {
        return new HttpCheck(URI.create(url), "GET", ExpectedStatus.DEFAULT, Optional.empty(), Map.of(), "",
                Duration.ofSeconds(2), Duration.ofSeconds(60), Optional.empty());
    }

    public static HttpCheck http(String url, Duration interval) {
        return new HttpCheck(URI.create(url), "GET", ExpectedStatus.DEFAULT, Optional.empty(), Map.of(), "",
                Duration.ofSeconds(2), interval, Optional.empty());
    }

    public static TcpCheck tcp(String host, int port) {
        return new TcpCheck(host, port, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public static PushCheck push(Duration period, Duration grace, PushToken token) {
        return new PushCheck(Optional.of(period), Optional.empty(), ZoneId.of("UTC"), grace, token.hash());
    }

    public static PushCheck pushCron(String cron, String zone, Duration grace, PushToken token) {
        return new PushCheck(Optional.empty(), Optional.of(CronSchedule.parse(cron)), ZoneId.of(zone), grace, token.hash());
    }

    public static PushToken token(String value) {
        return PushToken.presented(value);
    }

    public static CheckResult up(long dependency, java.time.Instant at, long latencyMs) {
        return CheckResult.up(new DependencyId(dependency), at, Duration.ofMillis(latencyMs), Optional.of(200));
    }

    public static CheckResult down(long dependency, java.time.Instant at, String reason) {
        return CheckResult.down(new DependencyId(dependency), at, Duration.ofMillis(5), Optional.empty(), reason);
    }

    public static CheckResult degraded(long dependency, java.time.Instant at, long latencyMs) {
        return new CheckResult(new DependencyId(dependency), at, Verdict.DEGRADED, Duration.ofMillis(latencyMs),
                Optional.of(200), "answered in " + latencyMs + " ms");
    }
}
