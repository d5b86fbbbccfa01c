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
    /** The error answers many operations share, by status. */
    private static final Map<String, String> SHARED = new java.util.LinkedHashMap<>();
    private static final Map<Integer, String> SHARED_BY_STATUS = Map.of(400, "BadRequest", 401, "Unauthorized",
            403, "Forbidden", 404, "NotFound", 413, "PayloadTooLarge", 415, "UnsupportedMediaType");

    static {
        SHARED.put("BadRequest", "Bad input: malformed JSON, an unknown or invalid field or parameter; the message "
                + "names it. Nothing changed.");
        SHARED.put("Unauthorized", "No API key, or one that is unknown or expired.");
        SHARED.put("Forbidden", "The API key lacks the scope the operation needs.");
        SHARED.put("NotFound", "Nothing has that id (or that token).");
        SHARED.put("PayloadTooLarge", "The body is larger than allowed.");
        SHARED.put("UnsupportedMediaType", "The body is not application/json.");
    }

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
        ObjectNode shared = components.putObject("responses");
        SHARED.forEach((name, description) -> {
            ObjectNode r = shared.putObject(name).put("description", description);
            r.putObject("content").putObject("application/json").set("schema", schemas.of(ApiError.class));
        });
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
            if (name.equals("id") || name.endsWith("_id")) {
                hasId = true;
                p.putObject("schema").put("type", "integer").put("minimum", 1);
            } else {
                p.putObject("schema").put("type", "string").put("maxLength", 200);
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
        if (op.badRequest().isPresent()) {
            ObjectNode r = responses.putObject("400").put("description", SHARED.get("BadRequest")
                    + " Every problem of the document is listed.");
            r.putObject("content").putObject("application/json").set("schema", schemas.of(op.badRequest().get()));
        } else if (input) {
            shared(responses, 400);
        }
        if (scope.isPresent()) {
            shared(responses, 401);
            shared(responses, 403);
        }
        if (hasPathParameter) {
            shared(responses, 404);
        }
        if (!op.conflicts().isEmpty()) {
            ObjectNode r = responses.putObject("409").put("description", "A rule the request would break: "
                    + String.join("; ", op.conflicts()) + ". Nothing changed.");
            r.putObject("content").putObject("application/json").set("schema", schemas.of(ApiError.class));
        }
        if (op.body().isPresent()) {
            shared(responses, 413);
            shared(responses, 415);
        }
        return o;
    }

    private static void shared(ObjectNode responses, int status) {
        responses.putObject(Integer.toString(status)).put("$ref", "#/components/responses/"
                + SHARED_BY_STATUS.get(status));
    }

    /** The list of operations' keys ({@code "GET /api/systems"}) in document order, for checks. */
    static List<String> keys(List<ApiOperation> operations) {
        List<String> keys = new ArrayList<>();
        operations.forEach(op -> keys.add(op.method().name() + " " + op.path()));
        return keys;
    }
}
