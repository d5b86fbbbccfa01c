package dev.vigil.adapters.probes;

import dev.vigil.application.port.out.Probe;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.DependencyId;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The probe port over the network: HTTP checks through {@link HttpProbe}, TCP checks through {@link TcpProbe}. */
public final class NetworkProbe implements Probe, AutoCloseable {
    private static final int WORKERS = 4;

    private final ExecutorService executor;
    private final HttpProbe http;
    private final TcpProbe tcp;

    public NetworkProbe(OutboundPolicy policy, String version, Clock clock) {
        this.executor = Executors.newFixedThreadPool(WORKERS, daemon("vigil-probe-"));
        this.http = new HttpProbe(policy, version, clock, executor);
        this.tcp = new TcpProbe(policy, clock, executor);
    }

    @Override
    public CompletableFuture<CheckResult> run(DependencyId dependency, CheckSpec spec) {
        if (spec instanceof HttpCheck check) {
            return http.run(dependency, check);
        }
        if (spec instanceof TcpCheck check) {
            return tcp.run(dependency, check);
        }
        throw new IllegalArgumentException("Vigil does not run " + spec.kind().wireName() + " checks");
    }

    @Override
    public void close() {
        http.close();
        executor.shutdownNow();
    }

    static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
