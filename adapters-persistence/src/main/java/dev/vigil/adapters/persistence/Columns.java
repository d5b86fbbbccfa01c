package dev.vigil.adapters.persistence;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Conversions between domain values and column values shared by the row records. */
final class Columns {
    private Columns() {
    }

    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    static Optional<Instant> instant(Long millis) {
        return Optional.ofNullable(millis).map(Instant::ofEpochMilli);
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String column) {
        return Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
}
