package dev.vigil.adapters.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.outbound.Cidr;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.DependencyId;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpProbeTest {
    private static final DependencyId DEP = new DependencyId(3);
    private final NetworkProbe probe = new NetworkProbe(OutboundPolicy.DEFAULT, "test", Clock.systemUTC());

    @AfterEach
    void close() {
        probe.close();
    }

    private CheckResult check(NetworkProbe p, String host, int port) {
        return p.run(DEP, new TcpCheck(host, port, Duration.ofSeconds(2), Duration.ofSeconds(30))).join();
    }

    @Test
    void anOpenPort_isReachable() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CheckResult result = check(probe, "127.0.0.1", server.getLocalPort());

            assertThat(result.verdict()).isEqualTo(Verdict.UP);
            assertThat(result.reason()).isEmpty();
            assertThat(result.statusCode()).isEmpty();
        }
    }

    @Test
    void aClosedPort_isRefused() throws Exception {
        int port = HostileTargets.closedPort();

        CheckResult result = check(probe, "127.0.0.1", port);

        assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
        assertThat(result.reason()).isEqualTo("connection to 127.0.0.1:" + port + " refused");
    }

    @Test
    void anUnresolvableHost_isADnsFailure() {
        assertThat(check(probe, "no-such-host.invalid", 80).reason()).isEqualTo("DNS lookup failed for no-such-host.invalid");
    }

    @Test
    void aDeniedNetwork_isNeverContacted() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             NetworkProbe strict = new NetworkProbe(new OutboundPolicy(List.of(Cidr.parse("127.0.0.0/8")), List.of()),
                     "test", Clock.systemUTC())) {
            CheckResult result = check(strict, "127.0.0.1", server.getLocalPort());

            assertThat(result.verdict()).isEqualTo(Verdict.DOWN);
            assertThat(result.reason()).isEqualTo("refused by the outbound policy: 127.0.0.1 is in a denied network (127.0.0.0/8)");
        }
    }
}
