package dev.vigil.application.port.in.webhook;

/** At start: drops the claims of a worker that stopped mid-send, so that what it was sending goes out again. */
public interface ReleaseDeliveryClaims {
    int releaseAll();
}
