package dev.vigil.domain.check;

import java.time.Duration;
import java.util.Optional;

/** A TCP check: Vigil opens a connection to {@code host:port} every {@code interval}, within {@code timeout}. */
public record TcpCheck(String host, int port, Duration timeout, Duration interval) implements CheckSpec {
    public static final int HOST_MAX = 253;

    public TcpCheck {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        host = host.strip();
        if (host.length() > HOST_MAX || !host.matches("[A-Za-z0-9._:\\-\\[\\]%]+")) {
            throw new IllegalArgumentException("host must be a host name or an IP address");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        interval = CheckSpec.interval(interval);
        timeout = CheckSpec.timeout(timeout, interval);
    }

    @Override
    public CheckKind kind() {
        return CheckKind.TCP;
    }

    @Override
    public Optional<Duration> runEvery() {
        return Optional.of(interval);
    }

}
