package dev.vigil.application.archviolation;

import java.time.Instant;

/** Deliberately broken: core code asking the system for the time. Used only to prove the rules bite. */
public final class ServiceThatReadsTheClock {
    public Instant now() {
        return Instant.now();
    }
}
