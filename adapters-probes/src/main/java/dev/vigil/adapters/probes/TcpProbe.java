package dev.vigil.adapters.probes;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/** Checks that a TCP port accepts connections within a timeout, and how long the handshake took. */
public final class TcpProbe {

    /** What a TCP check found: reachable with a latency, or not with a reason a person understands. */
    public record Result(boolean reachable, Duration latency, String reason) {
        public Result {
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Result check(String host, int port, Duration timeout) {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            return new Result(true, since(started), "");
        } catch (UnknownHostException e) {
            return new Result(false, since(started), "DNS lookup failed for " + host);
        } catch (SocketTimeoutException e) {
            return new Result(false, since(started), "no connection to " + host + ":" + port + " within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return new Result(false, since(started), "connection to " + host + ":" + port + " refused");
        } catch (IOException | IllegalArgumentException e) {
            return new Result(false, since(started), "cannot connect to " + host + ":" + port + ": " + e.getMessage());
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
