package dev.vigil.adapters.probes;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.DependencyId;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Checks that a TCP port accepts connections within a timeout, and how long the handshake took. Connects without
 * blocking a thread (an asynchronous channel); the host is resolved and checked against the outbound policy first.
 */
public final class TcpProbe {
    private final Targets targets;
    private final Clock clock;

    public TcpProbe(OutboundPolicy policy, Clock clock, Executor resolver) {
        this.targets = new Targets(policy, resolver);
        this.clock = clock;
    }

    public CompletableFuture<CheckResult> run(DependencyId dependency, TcpCheck check) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        String target = check.host() + ":" + check.port();
        long budget = check.timeout().toMillis();
        CompletableFuture<CheckResult> result = new CompletableFuture<>();
        targets.resolve(check.host()).whenComplete((resolution, error) -> {
            if (error != null || resolution.problem().isPresent()) {
                result.complete(down(dependency, at, started, error != null
                        ? "cannot resolve " + check.host() : resolution.problem().get()));
                return;
            }
            AsynchronousSocketChannel channel;
            try {
                channel = AsynchronousSocketChannel.open();
            } catch (IOException e) {
                result.complete(down(dependency, at, started, "cannot open a socket: " + e.getMessage()));
                return;
            }
            result.whenComplete((r, e) -> close(channel));
            channel.connect(new InetSocketAddress(resolution.addresses().get(0), check.port()), null,
                    new CompletionHandler<Void, Void>() {
                        @Override
                        public void completed(Void ignored, Void attachment) {
                            result.complete(CheckResult.up(dependency, at, since(started), Optional.empty()));
                        }

                        @Override
                        public void failed(Throwable e, Void attachment) {
                            result.complete(down(dependency, at, started, e instanceof ConnectException
                                    ? "connection to " + target + " refused"
                                    : "cannot connect to " + target + ": " + e.getMessage()));
                        }
                    });
        });
        result.completeOnTimeout(down(dependency, at, started, "no connection to " + target + " within " + budget + " ms"),
                budget, TimeUnit.MILLISECONDS);
        return result;
    }

    private static CheckResult down(DependencyId dependency, Instant at, long started, String reason) {
        return CheckResult.down(dependency, at, since(started), Optional.empty(), reason);
    }

    private static void close(AsynchronousSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
