package dev.vigil.application.port.in.check;

import java.time.Duration;

/** The windows the latency report offers, each with the size of its data points. */
public enum LatencyPeriod {
    HOUR("1h", Duration.ofHours(1), Duration.ofMinutes(1)),
    DAY("24h", Duration.ofHours(24), Duration.ofMinutes(15)),
    WEEK("7d", Duration.ofDays(7), Duration.ofHours(1)),
    MONTH("30d", Duration.ofDays(30), Duration.ofHours(6)),
    QUARTER("90d", Duration.ofDays(90), Duration.ofDays(1));

    private final String wireName;
    private final Duration length;
    private final Duration point;

    LatencyPeriod(String wireName, Duration length, Duration point) {
        this.wireName = wireName;
        this.length = length;
        this.point = point;
    }

    public String wireName() {
        return wireName;
    }

    public Duration length() {
        return length;
    }

    public Duration point() {
        return point;
    }

    public static LatencyPeriod fromWire(String value) {
        if (value == null || value.isBlank()) {
            return DAY;
        }
        for (LatencyPeriod p : values()) {
            if (p.wireName.equals(value.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("period must be one of 1h, 24h, 7d, 30d, 90d");
    }
}
