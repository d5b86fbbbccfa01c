package dev.vigil.application.port.in.webhook;

/** Removes delivered and dead deliveries older than the retention period, keeping the outbox bounded. */
public interface PruneDeliveries {
    int prune();
}
