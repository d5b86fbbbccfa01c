package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.adapters.web.WebApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document of the running server describes exactly the routes it registered under /api (a route added
 * without a description, or a description of a route that is gone, fails here), with the access each one declares.
 */
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    @TempDir
    Path folder;
    private VigilApp app;
    private JsonNode document;

    @BeforeEach
    void start() throws Exception {
        app = VigilApp.start(new AppConfig("127.0.0.1", 0, folder.resolve("vigil.db"), Optional.empty(),
                AppConfig.DEFAULT_MAX_BODY), line -> { }, Clock.systemUTC());
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        document = new ObjectMapper().readTree(reply.body());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Every operation of the document as {@code "GET /api/systems"}, with its node. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(m -> {
                if (METHODS.contains(m.getKey())) {
                    ops.put(m.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), m.getValue());
                }
            });
        }
        return ops;
    }

    @Test
    void theDocument_describesEveryApiRoute_andNoOther() {
        Set<String> registered = new TreeSet<>();
        for (WebApp.RegisteredRoute r : app.routes()) {
            if (r.path().startsWith("/api/")) {
                registered.add(r.method() + " " + r.path());
            }
        }
        Set<String> documented = new TreeSet<>(operations().keySet());
        Set<String> allRoutes = new TreeSet<>();
        app.routes().forEach(r -> allRoutes.add(r.method() + " " + r.path()));

        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(allRoutes);
        assertThat(missing).as("registered routes the document does not describe").isEmpty();
        assertThat(unknown).as("documented routes the server does not have").isEmpty();
        assertThat(registered).hasSizeGreaterThan(60);
    }

    @Test
    void eachOperation_statesTheAccessItsRouteDeclares_andHasAnswersAndErrors() {
        Map<String, JsonNode> ops = operations();
        for (WebApp.RegisteredRoute r : app.routes()) {
            JsonNode op = ops.get(r.method() + " " + r.path());
            if (op == null) {
                continue;
            }
            String access = r.access().orElseThrow().describe();
            assertThat(op.get("x-vigil-scope").asText()).as("%s %s", r.method(), r.path()).isEqualTo(access);
            assertThat(op.get("security").isEmpty()).as("%s %s security", r.method(), r.path())
                    .isEqualTo(access.equals("public"));
            assertThat(op.get("summary").asText()).isNotBlank();
            List<String> statuses = new ArrayList<>();
            op.get("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as("%s %s answers", r.method(), r.path()).anyMatch(s -> s.startsWith("2"));
            if (!access.equals("public")) {
                assertThat(statuses).contains("401", "403");
            }
            if (r.path().contains("{")) {
                assertThat(statuses).contains("400", "404");
            }
            if (op.has("requestBody")) {
                assertThat(statuses).contains("400", "413", "415");
            }
        }
    }

    @Test
    void theDocument_isOpenApi31_andEveryReferenceResolves() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("info").get("version").asText()).isNotBlank();
        JsonNode schemas = document.get("components").get("schemas");
        List<String> refs = document.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).matches("#/components/(schemas|responses)/[A-Za-z0-9]+");
            String[] parts = ref.split("/");
            assertThat(document.get("components").get(parts[2]).has(parts[3])).as(ref).isTrue();
        });
        JsonNode system = schemas.get("System");
        assertThat(system.get("properties").has("auto_incident_after")).isTrue();
        assertThat(system.get("properties").get("created_at").get("format").asText()).isEqualTo("date-time");
        assertThat(schemas.get("AnalyticsResponsesOverall").get("properties").has("uptime_percent"))
                .as("an unwrapped record's fields are the parent's").isTrue();
        assertThat(operations().get("GET /api/systems/{id}").get("parameters").get(0).get("schema").get("type").asText())
                .isEqualTo("integer");
        assertThat(operations().get("GET /api/push/{token}").get("parameters").get(0).get("schema").get("type")
                .asText()).isEqualTo("string");
        JsonNode create = operations().get("POST /api/systems");
        assertThat(create.get("requestBody").get("content").get("application/json").get("schema").get("required"))
                .extracting(JsonNode::asText).containsExactly("name");
        assertThat(create.get("responses").get("201").get("content").get("application/json").get("schema")
                .get("$ref").asText()).isEqualTo("#/components/schemas/System");
    }
}
