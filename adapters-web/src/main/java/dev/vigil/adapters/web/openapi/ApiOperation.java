package dev.vigil.adapters.web.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of one route for the OpenAPI document: what it does, its query parameters, its request body and
 * its answers. Path parameters, the scope and the usual errors (400, 401, 403, 404, 413, 415) are added from the
 * route itself. Written next to the controller it describes, with {@link #get}, {@link #post} … and a few calls.
 */
public record ApiOperation(HandlerType method, String path, String tag, String summary, String description,
                           List<Parameter> query, Optional<ObjectNode> body, boolean bodyOptional,
                           List<Answer> answers, List<String> conflicts, Optional<Type> badRequest) {
    public ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = List.copyOf(query);
        answers = List.copyOf(answers);
        conflicts = List.copyOf(conflicts);
        Objects.requireNonNull(badRequest, "badRequest");
    }

    /** A query parameter. */
    public record Parameter(String name, ObjectNode schema, boolean required) {
    }

    /**
     * A successful answer: its status, and the Java type its JSON body is made from (empty for no body), or a media
     * type other than JSON with a schema.
     */
    public record Answer(int status, String description, Optional<Type> type, String mediaType,
                         Optional<ObjectNode> schema) {
    }

    public static Builder get(String path, String tag, String summary) {
        return new Builder(HandlerType.GET, path, tag, summary);
    }

    public static Builder post(String path, String tag, String summary) {
        return new Builder(HandlerType.POST, path, tag, summary);
    }

    public static Builder put(String path, String tag, String summary) {
        return new Builder(HandlerType.PUT, path, tag, summary);
    }

    public static Builder delete(String path, String tag, String summary) {
        return new Builder(HandlerType.DELETE, path, tag, summary);
    }

    /** Builds an operation. */
    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private final String tag;
        private final String summary;
        private String description = "";
        private final List<Parameter> query = new ArrayList<>();
        private ObjectNode body;
        private boolean bodyOptional;
        private final List<Answer> answers = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private Type badRequest;

        private Builder(HandlerType method, String path, String tag, String summary) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.summary = summary;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder query(String name, ObjectNode schema) {
            query.add(new Parameter(name, schema, false));
            return this;
        }

        /** A JSON request body of this schema. */
        public Builder body(ObjectNode schema) {
            this.body = schema;
            return this;
        }

        /** A JSON request body that may be left out. */
        public Builder optionalBody(ObjectNode schema) {
            this.body = schema;
            this.bodyOptional = true;
            return this;
        }

        /** Answers {@code status} with JSON made from {@code type} (a record, or a List of one). */
        public Builder answers(int status, String text, Type type) {
            answers.add(new Answer(status, text, Optional.of(type), "application/json", Optional.empty()));
            return this;
        }

        /** Answers {@code 204 No Content}. */
        public Builder noContent(String text) {
            answers.add(new Answer(204, text, Optional.empty(), "", Optional.empty()));
            return this;
        }

        /** Answers with a body of another media type. */
        public Builder answersAs(int status, String text, String mediaType, ObjectNode schema) {
            answers.add(new Answer(status, text, Optional.empty(), mediaType, Optional.of(schema)));
            return this;
        }

        /** A 409: a rule the request would break. */
        public Builder conflict(String when) {
            conflicts.add(when);
            return this;
        }

        /** A 400 whose body is made from {@code type} rather than the usual {@code {"error": "…"}}. */
        public Builder badRequest(Type type) {
            this.badRequest = type;
            return this;
        }

        public ApiOperation build() {
            return new ApiOperation(method, path, tag, summary, description, query, Optional.ofNullable(body),
                    bodyOptional, answers, conflicts, Optional.ofNullable(badRequest));
        }
    }
}
