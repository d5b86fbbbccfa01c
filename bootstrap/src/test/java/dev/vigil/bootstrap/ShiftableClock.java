package dev.vigil.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock plus an offset the test can move forward, so background work keeps running in real time. */
final class ShiftableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void jump(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
