package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One object of a backup document, read field by field: a missing, mistyped or (in the native format) unknown field is
 * an {@link IllegalArgumentException} naming it. Times are ISO-8601 with a zone or offset.
 */
final class Item {
    /** Times outside these years cannot be stored as epoch milliseconds (and are mistakes anyway). */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private final JsonNode node;
    private final boolean strict;
    private final Set<String> read = new HashSet<>();

    private Item(JsonNode node, boolean strict) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("must be a JSON object");
        }
        this.node = node;
        this.strict = strict;
    }

    /** An object whose every field must be read. */
    static Item strict(JsonNode node) {
        return new Item(node, true);
    }

    /** An object whose other fields are ignored (the predecessor's exports carry more than Vigil takes). */
    static Item lenient(JsonNode node) {
        return new Item(node, false);
    }

    /** Fails on a field nobody read (strict items only). */
    void finish() {
        if (!strict) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        Set<String> unknown = new TreeSet<>();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field" + (unknown.size() > 1 ? "s " : " ") + "'"
                    + String.join("', '", unknown) + "'");
        }
    }

    boolean has(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private JsonNode value(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String text(String field) {
        return optText(field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }

    Optional<String> optText(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return Optional.of(value.textValue());
    }

    /** A string, or the empty string when absent or null. */
    String textOrEmpty(String field) {
        return optText(field).orElse("");
    }

    long integer(String field) {
        return optInteger(field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }

    Optional<Long> optInteger(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(field + " must be an integer");
        }
        return Optional.of(value.longValue());
    }

    int intValue(String field) {
        long n = integer(field);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(field + " is out of range");
        }
        return (int) n;
    }

    long id(String field) {
        long id = integer(field);
        if (id <= 0) {
            throw new IllegalArgumentException(field + " must be a positive integer");
        }
        return id;
    }

    Optional<Long> optId(String field) {
        Optional<Long> id = optInteger(field);
        if (id.isPresent() && id.get() <= 0) {
            throw new IllegalArgumentException(field + " must be a positive integer");
        }
        return id;
    }

    double number(String field) {
        return optNumber(field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }

    Optional<Double> optNumber(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException(field + " must be a number");
        }
        return Optional.of(value.doubleValue());
    }

    boolean bool(String field) {
        return optBool(field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }

    Optional<Boolean> optBool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return Optional.of(value.booleanValue());
    }

    Instant instant(String field) {
        return optInstant(field).orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }

    Optional<Instant> optInstant(String field) {
        return optText(field).map(text -> parseInstant(field, text));
    }

    static Instant parseInstant(String field, String text) {
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO-8601 time with a zone, such as "
                    + "2026-03-01T12:00:00Z");
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException(field + " must lie between the years 1 and 9999");
        }
        return at;
    }

    Duration millis(String field) {
        long ms = integer(field);
        if (ms < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return Duration.ofMillis(ms);
    }

    Optional<Duration> optMillis(String field) {
        return has(field) ? Optional.of(millis(field)) : Optional.empty();
    }

    /** A nested object, if present and not null. */
    Optional<Item> optObject(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException(field + " must be an object");
        }
        return Optional.of(new Item(value, strict));
    }

    /** The items of an array of objects (empty when absent), each read with {@code reader}. */
    <T> List<T> objects(String field, Function<Item, T> reader) {
        JsonNode value = value(field);
        List<T> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array");
        }
        int i = 0;
        for (JsonNode element : value) {
            try {
                Item item = new Item(element, strict);
                items.add(reader.apply(item));
                item.finish();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(field + "[" + i + "]: " + BackupReader.messageOf(e), e);
            }
            i++;
        }
        return items;
    }

    List<String> texts(String field) {
        JsonNode value = value(field);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of strings");
        }
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException(field + " must be an array of strings");
            }
            items.add(element.textValue());
        }
        return items;
    }

    List<Long> ids(String field) {
        JsonNode value = value(field);
        List<Long> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of positive integers");
        }
        for (JsonNode element : value) {
            if (!element.isIntegralNumber() || !element.canConvertToLong() || element.longValue() <= 0) {
                throw new IllegalArgumentException(field + " must be an array of positive integers");
            }
            items.add(element.longValue());
        }
        return items;
    }

    Map<String, String> textMap(String field) {
        JsonNode value = value(field);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null) {
            return map;
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException(field + " must be an object of strings");
        }
        var fields = value.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException(field + " must be an object of strings");
            }
            map.put(entry.getKey(), entry.getValue().textValue());
        }
        return map;
    }
}
