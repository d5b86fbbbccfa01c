package dev.vigil.domain.status;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a system or dependency is doing. The native API speaks the predecessor's traffic-light names
 * ({@code green | yellow | red}, plus {@code maintenance} and {@code unknown}).
 */
public enum Status {
    OPERATIONAL("green", 0),
    UNKNOWN("unknown", 1),
    MAINTENANCE("maintenance", 2),
    DEGRADED("yellow", 3),
    OUTAGE("red", 4);

    /** Worst first: outage, degraded, maintenance, unknown, operational (status pages list failures first). */
    public static final Comparator<Status> WORST_FIRST = (a, b) -> Integer.compare(b.severity, a.severity);

    private final String wireName;
    private final int severity;

    Status(String wireName, int severity) {
        this.wireName = wireName;
        this.severity = severity;
    }

    /** The native API's name for this status. */
    public String wireName() {
        return wireName;
    }

    /** True when this status is worse than {@code other} in the roll-up order operational &lt; unknown &lt; maintenance &lt; degraded &lt; outage. */
    public boolean isWorseThan(Status other) {
        return severity > other.severity;
    }

    /** The worse of two statuses. */
    public Status worst(Status other) {
        return other.isWorseThan(this) ? other : this;
    }

    /** True for degraded and outage: something is actually wrong. */
    public boolean isFailing() {
        return this == DEGRADED || this == OUTAGE;
    }

    /** Parses a native wire name, ignoring case and surrounding blanks. */
    public static Status fromWire(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("status is required (one of " + wireNames() + ")");
        }
        String name = value.strip().toLowerCase(Locale.ROOT);
        for (Status status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of " + wireNames() + ", not '" + abbreviate(value.strip()) + "'");
    }

    static String wireNames() {
        return Stream.of(OPERATIONAL, DEGRADED, OUTAGE, MAINTENANCE, UNKNOWN)
                .map(Status::wireName).collect(Collectors.joining(", "));
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
