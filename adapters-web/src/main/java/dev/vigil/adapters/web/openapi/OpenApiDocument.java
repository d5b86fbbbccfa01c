package dev.vigil.adapters.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.ApiError;
import dev.vigil.adapters.web.RouteAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the API: every described operation with the scope its route requires (read from the
 * route table, so the document cannot claim another), its path and query parameters, request and response schemas,
 * and the errors it may answer.
 */
final class OpenApiDocument {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private OpenApiDocument() {
    }

    /** Builds the document; {@code access} is keyed by {@code "GET /api/systems"}. */
    static ObjectNode build(List<ApiOperation> operations, Map<String, RouteAccess> access, ObjectMapper mapper,
                            String version) {
        ResponseSchemas schemas = new ResponseSchemas(mapper);
        ObjectNode doc = JSON.objectNode().put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info").put("title", "Vigil API").put("version", version);
        info.put("description", """
                The REST API of Vigil, a self-hosted status page and incident service. JSON with snake_case fields, \
                integer ids and ISO-8601 UTC times; errors are {"error": "…"} with a 4xx status that says what was \
                wrong, and a rejected request changes nothing. Send an API key as `Authorization: Bearer <key>` or \
                `X-API-Key: <key>`; each operation says which scope it needs (read < write < admin).""");
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = doc.putObject("paths");
        TreeSet<String> tags = new TreeSet<>();
        for (ApiOperation op : operations) {
            tags.add(op.tag());
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            String method = op.method().name().toLowerCase(Locale.ROOT);
            path.set(method, operation(op, Optional.ofNullable(access.get(op.method().name() + " " + op.path())),
                    schemas));
        }
        ArrayNode tagList = doc.putArray("tags");
        tags.forEach(t -> tagList.addObject().put("name", t));
        ObjectNode components = doc.putObject("components");
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "An API key: Authorization: Bearer vgl_…");
        security.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "An API key in the X-API-Key header");
        schemas.of(ApiError.class);
        ObjectNode componentSchemas = components.putObject("schemas");
        schemas.components().forEach(componentSchemas::set);
        return doc;
    }

    private static ObjectNode operation(ApiOperation op, Optional<RouteAccess> access, ResponseSchemas schemas) {
        ObjectNode o = JSON.objectNode();
        o.putArray("tags").add(op.tag());
        o.put("summary", op.summary());
        o.put("operationId", op.method().name().toLowerCase(Locale.ROOT)
                + op.path().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_"));
        Optional<String> scope = access.flatMap(RouteAccess::scope).map(s -> s.wireName());
        String who = access.isEmpty() ? "" : scope.map(s -> "Needs an API key with the `" + s + "` scope.")
                .orElse("Public: no API key needed.");
        o.put("description", (op.description() + (op.description().isEmpty() ? "" : "\n\n") + who).strip());
        o.put("x-vigil-scope", access.map(RouteAccess::describe).orElse("unknown"));
        ArrayNode security = o.putArray("security");
        if (scope.isPresent()) {
            security.addObject().putArray("bearer");
            security.addObject().putArray("apiKey");
        }
        ArrayNode parameters = JSON.arrayNode();
        Matcher m = PATH_PARAMETER.matcher(op.path());
        boolean hasId = false;
        boolean hasPathParameter = false;
        while (m.find()) {
            String name = m.group(1);
            hasPathParameter = true;
            ObjectNode p = parameters.addObject().put("name", name).put("in", "path").put("required", true);
            if (name.equals("token")) {
                p.putObject("schema").put("type", "string").put("maxLength", 200);
            } else {
                hasId = true;
                p.putObject("schema").put("type", "integer").put("minimum", 1);
            }
        }
        for (ApiOperation.Parameter q : op.query()) {
            ObjectNode p = parameters.addObject().put("name", q.name()).put("in", "query").put("required", q.required());
            p.set("schema", q.schema());
            if (q.schema().has("description")) {
                p.put("description", q.schema().get("description").asText());
            }
        }
        if (!parameters.isEmpty()) {
            o.set("parameters", parameters);
        }
        op.body().ifPresent(body -> {
            ObjectNode requestBody = o.putObject("requestBody").put("required", !op.bodyOptional());
            requestBody.putObject("content").putObject("application/json").set("schema", body);
        });
        ObjectNode responses = o.putObject("responses");
        for (ApiOperation.Answer a : op.answers()) {
            String status = Integer.toString(a.status());
            ObjectNode r = responses.has(status) ? (ObjectNode) responses.get(status) : responses.putObject(status);
            r.put("description", r.has("description") ? r.get("description").asText() + " " + a.description()
                    : a.description());
            ObjectNode content = r.has("content") ? (ObjectNode) r.get("content") : null;
            if (a.type().isPresent() || a.schema().isPresent()) {
                if (content == null) {
                    content = r.putObject("content");
                }
                content.putObject(a.mediaType()).set("schema", a.type().isPresent() ? schemas.of(a.type().get())
                        : a.schema().get());
            }
        }
        boolean input = hasPathParameter || !op.query().isEmpty() || op.body().isPresent();
        if (input || op.badRequest().isPresent()) {
            error(responses, 400, "Bad input: malformed JSON, an unknown or invalid field or parameter; the message "
                    + "names it.", schemas, op.badRequest().map(t -> (java.lang.reflect.Type) t).orElse(ApiError.class));
        }
        if (scope.isPresent()) {
            error(responses, 401, "No API key, or one that is unknown or expired.", schemas, ApiError.class);
            error(responses, 403, "The API key lacks the `" + scope.get() + "` scope.", schemas, ApiError.class);
        }
        if (hasPathParameter) {
            error(responses, 404, hasId ? "Nothing has that id." : "Unknown.", schemas, ApiError.class);
        }
        if (!op.conflicts().isEmpty()) {
            error(responses, 409, "A rule the request would break: " + String.join("; ", op.conflicts()) + ".",
                    schemas, ApiError.class);
        }
        if (op.body().isPresent()) {
            error(responses, 413, "The body is larger than allowed.", schemas, ApiError.class);
            error(responses, 415, "The body is not application/json.", schemas, ApiError.class);
        }
        return o;
    }

    private static void error(ObjectNode responses, int status, String description, ResponseSchemas schemas,
                              java.lang.reflect.Type type) {
        ObjectNode r = responses.putObject(Integer.toString(status)).put("description", description);
        r.putObject("content").putObject("application/json").set("schema", schemas.of(type));
    }

    /** The list of operations' keys ({@code "GET /api/systems"}) in document order, for checks. */
    static List<String> keys(List<ApiOperation> operations) {
        List<String> keys = new ArrayList<>();
        operations.forEach(op -> keys.add(op.method().name() + " " + op.path()));
        return keys;
    }
}
