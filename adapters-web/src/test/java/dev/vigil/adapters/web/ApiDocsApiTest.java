package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /openapi.json} and Swagger UI, served from the jar with nothing fetched from elsewhere. */
class ApiDocsApiTest {
    private final ApiServer server = new ApiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiServer.Reply anonymous(String path) {
        return server.send("GET", path, null, Map.of());
    }

    @Test
    void theDocument_isPublicJson() {
        var reply = anonymous("/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(reply.json().get("paths").get("/api/import").get("post").get("x-vigil-scope").asText())
                .isEqualTo("admin");
        assertThat(reply.json().get("paths").get("/metrics").get("get").get("x-vigil-scope").asText())
                .isEqualTo("read");
        assertThat(reply.json().get("paths").get("/api/push/{token}").get("get").get("security")).isEmpty();
    }

    @Test
    void swagger_leadsToItsPage_whichLoadsOnlyFilesOfThisServer() {
        var home = anonymous("/swagger");
        var page = anonymous("/swagger/index.html");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).isEqualTo("/swagger/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("default-src 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body()).contains("<script src=\"swagger-ui-bundle.js\"></script>")
                .contains("<script src=\"swagger-initializer.js\"></script>").doesNotContain("http://")
                .doesNotContain("https://").doesNotContain("<script>");
        var init = anonymous("/swagger/swagger-initializer.js");
        assertThat(init.header("Content-Type")).startsWith("text/javascript");
        assertThat(init.body()).contains("url: \"../openapi.json\"");
    }

    @Test
    void swaggerUisAssets_comeFromTheJar_withTheirMediaTypes() {
        var bundle = anonymous("/swagger/swagger-ui-bundle.js");
        var css = anonymous("/swagger/swagger-ui.css");
        var icon = anonymous("/swagger/favicon-32x32.png");

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.body()).hasSizeGreaterThan(100_000).contains("SwaggerUIBundle");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(icon.header("Content-Type")).isEqualTo("image/png");
        assertThat(bundle.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anythingElseUnderSwagger_isA404() {
        for (String path : new String[] {"/swagger/oauth2-redirect.html", "/swagger/..%2Fopenapi.json",
                "/swagger/swagger-ui-es-bundle.js", "/swagger/pom.properties"}) {
            var reply = anonymous(path);

            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("error").asText()).as(path).isNotBlank();
        }
    }
}
