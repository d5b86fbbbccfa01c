package dev.vigil.adapters.web.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON Schemas of the response records, read the way the API's own {@link ObjectMapper} writes them (snake_case
 * names, ISO-8601 times, fields left out when {@code @JsonInclude} says so, {@code @JsonUnwrapped} records merged), so
 * that the documented responses cannot drift from the real ones. Records become shared component schemas.
 */
final class ResponseSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<JsonInclude.Include> LEFT_OUT_WHEN_EMPTY = Set.of(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_DEFAULT);

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    ResponseSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The schema of {@code type}: inline for values and lists, a reference for records. */
    ObjectNode of(Type type) {
        return schema(mapper.getTypeFactory().constructType(type));
    }

    /** The component schemas referenced so far, by name. */
    Map<String, ObjectNode> components() {
        return components;
    }

    private ObjectNode schema(JavaType t) {
        Class<?> raw = t.getRawClass();
        if (raw == Optional.class) {
            return schema(t.containedTypeOrUnknown(0));
        }
        if (t.isArrayType() || t.isCollectionLikeType()) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", schema(t.getContentType()));
            return array;
        }
        if (t.isMapLikeType()) {
            ObjectNode map = JSON.objectNode().put("type", "object");
            map.set("additionalProperties", schema(t.getContentType()));
            return map;
        }
        if (raw == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (raw == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (raw == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (raw == long.class || raw == Long.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int64");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int32");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (raw.isEnum()) {
            return JSON.objectNode().put("type", "string");
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return JSON.objectNode();
        }
        return reference(t);
    }

    private ObjectNode reference(JavaType t) {
        String name = nameOf(t.getRawClass());
        if (!components.containsKey(name)) {
            components.put(name, JSON.objectNode()); // taken, in case the record refers to itself
            components.put(name, object(t));
        }
        return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private ObjectNode object(JavaType t) {
        BeanDescription bean = mapper.getSerializationConfig().introspect(t);
        JsonInclude.Include classWide = Optional.ofNullable(bean.getClassAnnotations().get(JsonInclude.class))
                .map(JsonInclude::value).orElse(JsonInclude.Include.ALWAYS);
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            AnnotatedMember accessor = p.getAccessor() != null ? p.getAccessor() : p.getPrimaryMember();
            if (accessor != null && accessor.hasAnnotation(JsonUnwrapped.class)) {
                ObjectNode inner = object(p.getPrimaryType());
                inner.get("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
                if (inner.has("required")) {
                    inner.get("required").forEach(required::add);
                }
                continue;
            }
            JsonInclude.Include inclusion = classWide;
            JsonInclude own = accessor == null ? null : accessor.getAnnotation(JsonInclude.class);
            if (own == null && p.getField() != null) {
                own = p.getField().getAnnotation(JsonInclude.class);
            }
            if (own == null && p.getConstructorParameter() != null) {
                own = p.getConstructorParameter().getAnnotation(JsonInclude.class);
            }
            if (own != null && own.value() != JsonInclude.Include.USE_DEFAULTS) {
                inclusion = own.value();
            }
            JavaType type = p.getPrimaryType();
            ObjectNode property = schema(type);
            boolean leftOutWhenNull = LEFT_OUT_WHEN_EMPTY.contains(inclusion);
            if (!type.isPrimitive() && !type.isCollectionLikeType() && !type.isArrayType() && !leftOutWhenNull) {
                property = nullable(property);
            }
            properties.set(p.getName(), property);
            if (!leftOutWhenNull || type.isPrimitive()) {
                required.add(p.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode any = JSON.objectNode();
            any.putArray("anyOf").add(schema).add(JSON.objectNode().put("type", "null"));
            return any;
        }
        if (schema.has("type") && schema.get("type").isTextual()) {
            String type = schema.get("type").asText();
            schema.putArray("type").add(type).add("null");
        }
        return schema;
    }

    private String nameOf(Class<?> type) {
        return names.computeIfAbsent(type, t -> {
            String base = strip(t.getSimpleName());
            if (t.getEnclosingClass() != null) {
                base = strip(t.getEnclosingClass().getSimpleName()) + base;
            }
            String name = base;
            for (int n = 2; names.containsValue(name); n++) {
                name = base + n;
            }
            return name;
        });
    }

    private static String strip(String name) {
        return name.endsWith("Response") && name.length() > "Response".length()
                ? name.substring(0, name.length() - "Response".length()) : name;
    }
}
