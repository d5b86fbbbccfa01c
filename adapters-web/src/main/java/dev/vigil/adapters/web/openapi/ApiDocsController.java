package dev.vigil.adapters.web.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.adapters.web.RouteAccess;
import dev.vigil.adapters.web.WebApp;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /openapi.json} (the OpenAPI 3.1 document of the API) and {@code /swagger} (Swagger UI, served from the jar:
 * the {@code org.webjars:swagger-ui} assets and a page of Vigil's own that points them at {@code /openapi.json}).
 */
public final class ApiDocsController {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String OWN = "dev/vigil/adapters/web/swagger/";
    /** The files /swagger serves, with their media types; anything else is a 404. */
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "swagger-initializer.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    /** The page runs only scripts and styles from Vigil itself; Swagger UI sets some styles inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final List<ApiOperation> operations;
    private final ObjectMapper mapper;
    private final String version;
    private final String webjarVersion;
    private volatile byte[] document;
    private volatile ObjectNode tree;

    public ApiDocsController(List<ApiOperation> operations, ObjectMapper mapper, String version) {
        this.operations = List.copyOf(operations);
        this.mapper = mapper;
        this.version = version;
        this.webjarVersion = swaggerUiVersion();
    }

    /** Learns the route table, whose access rules the document states; called once, before the server starts. */
    public void describe(List<WebApp.Route> routes) {
        Map<String, RouteAccess> access = new HashMap<>();
        routes.forEach(r -> access.put(r.method().name() + " " + r.path(), r.access()));
        tree = OpenApiDocument.build(operations, access, mapper, version);
        try {
            document = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document cannot be written", e);
        }
    }

    /** The document as built (for checks). */
    public ObjectNode tree() {
        return tree;
    }

    public void document(Context ctx) {
        ctx.contentType("application/json");
        ctx.result(document);
    }

    /** {@code /swagger}: to the page, whose relative links then resolve under {@code /swagger/}. */
    public void swagger(Context ctx) {
        ctx.redirect("/swagger/index.html", HttpStatus.FOUND);
    }

    public void swaggerFile(Context ctx) {
        String name = ctx.pathParam("file");
        String type = FILES.get(name);
        if (type == null) {
            throw HttpProblem.notFound("no such file: /swagger/" + (name.length() > 40 ? name.substring(0, 40) + "…" : name));
        }
        String resource = name.equals("index.html") || name.equals("swagger-initializer.js") ? OWN + name
                : WEBJAR + webjarVersion + "/" + name;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw HttpProblem.notFound("no such file: /swagger/" + (name.length() > 40 ? name.substring(0, 40) + "…" : name));
            }
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType(type);
            ctx.result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        try (InputStream in = ApiDocsController.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
