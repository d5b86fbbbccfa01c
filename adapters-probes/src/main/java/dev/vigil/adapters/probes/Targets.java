package dev.vigil.adapters.probes;

import dev.vigil.domain.outbound.OutboundPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Resolves a target's host (off the caller's thread: lookups block) and applies the outbound policy to every address
 * it resolves to. The HTTP client resolves again when it connects; a name that changes its answer in between is
 * not caught (documented in docs/api.md).
 */
final class Targets {
    /** Why a target may not be reached, or the addresses it may be reached at. */
    record Resolution(List<InetAddress> addresses, Optional<String> problem) {
    }

    private final OutboundPolicy policy;
    private final Executor resolver;

    Targets(OutboundPolicy policy, Executor resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    CompletableFuture<Resolution> resolve(String host) {
        return CompletableFuture.supplyAsync(() -> resolveNow(host), resolver);
    }

    Resolution resolveNow(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return new Resolution(List.of(), Optional.of("DNS lookup failed for " + host));
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                return new Resolution(List.of(), Optional.of("refused by the outbound policy: " + refusal.get()));
            }
        }
        return new Resolution(List.of(addresses), Optional.empty());
    }
}
