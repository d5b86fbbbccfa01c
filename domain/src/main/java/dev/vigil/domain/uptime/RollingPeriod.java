package dev.vigil.domain.uptime;

import java.time.Duration;
import java.util.Locale;

/** The rolling windows analytics are asked for: the last hour, day, week, month or quarter, ending now. */
public enum RollingPeriod {
    LAST_1H("1h", Duration.ofHours(1)),
    LAST_24H("24h", Duration.ofHours(24)),
    LAST_7D("7d", Duration.ofDays(7)),
    LAST_30D("30d", Duration.ofDays(30)),
    LAST_90D("90d", Duration.ofDays(90));

    private final String wireName;
    private final Duration length;

    RollingPeriod(String wireName, Duration length) {
        this.wireName = wireName;
        this.length = length;
    }

    public String wireName() {
        return wireName;
    }

    public Duration length() {
        return length;
    }

    /** Parses a wire name, ignoring case and surrounding blanks; anything else is refused, never defaulted. */
    public static RollingPeriod fromWire(String value) {
        if (value != null) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            for (RollingPeriod p : values()) {
                if (p.wireName.equals(name)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("period must be one of 1h, 24h, 7d, 30d, 90d");
    }
}
