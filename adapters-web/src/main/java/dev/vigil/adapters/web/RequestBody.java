package dev.vigil.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON object from a request, read field by field with messages that name the field: unknown fields, wrong
 * types and out-of-range numbers are refused with a 400 before anything changes.
 */
public final class RequestBody {
    private final ObjectNode node;

    RequestBody(ObjectNode node) {
        this.node = node;
    }

    /** A body built by the server itself (the admin UI turns a form into one), read with the same rules. */
    public static RequestBody of(ObjectNode node) {
        return new RequestBody(node.deepCopy());
    }

    /** Refuses any field not named here. */
    public RequestBody allowOnly(String... fields) {
        Set<String> allowed = Set.of(fields);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw HttpProblem.badRequest("unknown field '" + shorten(name) + "'; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** A string that must be present and not null. */
    public String requiredText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw HttpProblem.badRequest(field + " is required");
        }
        return textOf(field, value);
    }

    /** A string if present; {@code null} reads as the empty string (clearing the field). */
    public Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            return Optional.of("");
        }
        return Optional.of(textOf(field, value));
    }

    /** A string parsed into a value; absent or {@code null} is empty. Parse errors surface as 400. */
    public <T> Optional<T> parsed(String field, Function<String, T> parser) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(parser.apply(textOf(field, value)));
    }

    /** A finite JSON number if present and not null. */
    public Optional<Double> number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw HttpProblem.badRequest(field + " must be a number");
        }
        return Optional.of(value.doubleValue());
    }

    /** A JSON integer within [min, max] if present and not null. */
    public Optional<Long> integer(String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()) {
            throw HttpProblem.badRequest(field + " must be an integer");
        }
        BigInteger n = value.bigIntegerValue();
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw HttpProblem.badRequest(field + " must be between " + min + " and " + max);
        }
        return Optional.of(n.longValueExact());
    }

    /** A JSON boolean if present and not null. */
    public Optional<Boolean> bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw HttpProblem.badRequest(field + " must be true or false");
        }
        return Optional.of(value.booleanValue());
    }

    /** An array of strings with at most {@code maxItems} items, if present and not null. */
    public Optional<List<String>> textList(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw HttpProblem.badRequest(field + " must be an array of strings");
        }
        if (value.size() > maxItems) {
            throw HttpProblem.badRequest(field + " must have at most " + maxItems + " items");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw HttpProblem.badRequest(field + " must be an array of strings");
            }
            items.add(item.textValue());
        }
        return Optional.of(items);
    }

    /** A JSON object whose values are all strings, with at most {@code maxEntries} entries, if present and not null. */
    public Optional<java.util.Map<String, String>> textMap(String field, int maxEntries) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw HttpProblem.badRequest(field + " must be an object of strings");
        }
        if (value.size() > maxEntries) {
            throw HttpProblem.badRequest(field + " must have at most " + maxEntries + " entries");
        }
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        var fields = value.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (!entry.getValue().isTextual()) {
                throw HttpProblem.badRequest(field + " must be an object of strings");
            }
            map.put(entry.getKey(), entry.getValue().textValue());
        }
        return Optional.of(map);
    }

    /** An array of positive integer ids with at most {@code maxItems} items, if present and not null; repeats collapse. */
    public Optional<Set<Long>> idSet(String field, int maxItems) {
        return idList(field, maxItems).map(TreeSet::new);
    }

    /** An ISO-8601 time with a zone or offset (for example {@code 2026-03-01T12:00:00Z}), if present and not null. */
    public Optional<Instant> instant(String field) {
        return parsed(field, value -> Times.parse(field, value));
    }

    private static String textOf(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw HttpProblem.badRequest(field + " must be a string");
        }
        return value.textValue();
    }

    private static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "…";
    }

    // Notifications (issue 6)
    /** An array of positive integer ids with at most {@code maxItems} items, in order, if present and not null. */
    public Optional<List<Long>> idList(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw HttpProblem.badRequest(field + " must be an array of positive integers");
        }
        if (value.size() > maxItems) {
            throw HttpProblem.badRequest(field + " must have at most " + maxItems + " items");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isIntegralNumber() || !item.canConvertToLong() || item.longValue() <= 0) {
                throw HttpProblem.badRequest(field + " must be an array of positive integers");
            }
            ids.add(item.longValue());
        }
        return Optional.of(ids);
    }
}
