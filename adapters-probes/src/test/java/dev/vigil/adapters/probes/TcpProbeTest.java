package dev.vigil.adapters.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TcpProbeTest {
    private final TcpProbe probe = new TcpProbe();

    @Test
    void anOpenPort_isReachable() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            TcpProbe.Result result = probe.check("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2));

            assertThat(result.reachable()).isTrue();
            assertThat(result.reason()).isEmpty();
        }
    }

    @Test
    void aClosedPort_isRefused() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }

        TcpProbe.Result result = probe.check("127.0.0.1", port, Duration.ofSeconds(2));

        assertThat(result.reachable()).isFalse();
        assertThat(result.reason()).isEqualTo("connection to 127.0.0.1:" + port + " refused");
    }

    @Test
    void anUnresolvableHost_isADnsFailure() {
        TcpProbe.Result result = probe.check("no-such-host.invalid", 80, Duration.ofSeconds(2));

        assertThat(result.reachable()).isFalse();
        assertThat(result.reason()).isEqualTo("DNS lookup failed for no-such-host.invalid");
    }
}
