package dev.vigil.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Short JSON Schema builders for describing request bodies and parameters:
 * {@code S.object(S.required("name", S.text("…")), S.optional("owner", S.text("…")))}.
 */
public final class S {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private S() {
    }

    /** A field of an object schema: its name, schema, and whether it must be given. */
    public record Field(String name, ObjectNode schema, boolean required) {
    }

    public static Field required(String name, ObjectNode schema) {
        return new Field(name, schema, true);
    }

    public static Field optional(String name, ObjectNode schema) {
        return new Field(name, schema, false);
    }

    /** An object with these fields and no others (the API refuses unknown fields). */
    public static ObjectNode object(Field... fields) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Field f : fields) {
            properties.set(f.name(), f.schema());
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    public static ObjectNode text(String description) {
        return typed("string", description);
    }

    public static ObjectNode integer(String description) {
        return typed("integer", description);
    }

    public static ObjectNode number(String description) {
        return typed("number", description);
    }

    public static ObjectNode bool(String description) {
        return typed("boolean", description);
    }

    /** An ISO-8601 time with a zone or offset. */
    public static ObjectNode time(String description) {
        return typed("string", description).put("format", "date-time");
    }

    /** One of these strings. */
    public static ObjectNode oneOf(String description, String... values) {
        ObjectNode schema = typed("string", description);
        ArrayNode values1 = schema.putArray("enum");
        for (String v : values) {
            values1.add(v);
        }
        return schema;
    }

    /** An array of positive integer ids. */
    public static ObjectNode ids(String description) {
        ObjectNode schema = typed("array", description);
        schema.putObject("items").put("type", "integer").put("minimum", 1);
        return schema;
    }

    public static ObjectNode array(String description, ObjectNode items) {
        ObjectNode schema = typed("array", description);
        schema.set("items", items);
        return schema;
    }

    /** An object of strings (such as HTTP headers). */
    public static ObjectNode textMap(String description) {
        ObjectNode schema = typed("object", description);
        schema.putObject("additionalProperties").put("type", "string");
        return schema;
    }

    /** Anything JSON. */
    public static ObjectNode any(String description) {
        return JSON.objectNode().put("description", description);
    }

    private static ObjectNode typed(String type, String description) {
        ObjectNode schema = JSON.objectNode().put("type", type);
        if (description != null && !description.isEmpty()) {
            schema.put("description", description);
        }
        return schema;
    }
}
