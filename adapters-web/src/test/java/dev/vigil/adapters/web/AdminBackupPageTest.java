package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.domain.system.MonitoredSystem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin UI's backup page: a download is the API's export, a restore the API's import (same reader, same
 * checks, all or nothing), behind the session and its CSRF token.
 */
class AdminBackupPageTest {
    private final ApiServer source = new ApiServer();
    private final ApiServer target = new ApiServer();
    private final AdminClient sourceBrowser = source.browser();
    private final AdminClient targetBrowser = target.browser();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void logIn() {
        assertThat(sourceBrowser.logIn("admin", ApiServer.ADMIN_PASSWORD).status()).isEqualTo(303);
        assertThat(targetBrowser.logIn("admin", ApiServer.ADMIN_PASSWORD).status()).isEqualTo(303);
        long shop = source.call("POST", "/api/systems", "{\"name\":\"Shop\"}").json().get("id").asLong();
        source.call("POST", "/api/systems/" + shop + "/dependencies", "{\"name\":\"PostgreSQL\"}");
        target.call("POST", "/api/systems", "{\"name\":\"Old\"}");
        target.call("POST", "/api/systems", "{\"name\":\"Kept\"}");
    }

    @AfterEach
    void stop() {
        source.close();
        target.close();
    }

    private static List<String> names(ApiServer server) {
        return server.vigil.systems.all().stream().map(MonitoredSystem::name).sorted().toList();
    }

    private String download(AdminClient browser, String path) {
        var reply = browser.get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        assertThat(reply.header("Content-Disposition")).startsWith("attachment; filename=\"vigil-");
        return reply.body();
    }

    @Test
    void thePage_offersTheDownloads_andARestoreFormWithTheCsrfToken() {
        var page = sourceBrowser.get("/admin/backup");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Backup and restore</h1>").contains("action=\"/admin/backup/export\"")
                .contains("href=\"/admin/backup/export/logs\"").contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\" value=\"" + sourceBrowser.csrf() + "\"")
                .contains("href=\"/admin/backup\" aria-current=\"page\"");
    }

    @Test
    void aDownload_isTheApisExport_withoutSecretsUnlessAsked() {
        source.call("PUT", "/api/dependencies/1/check", "{\"type\": \"http\", \"url\": \"https://db.example/health\","
                + " \"headers\": {\"Authorization\": \"Bearer s3cret-header\"}}");

        String plain = download(sourceBrowser, "/admin/backup/export");
        String withSecrets = download(sourceBrowser, "/admin/backup/export?include_secrets=yes");
        String logs = download(sourceBrowser, "/admin/backup/export/logs");

        assertThat(plain).contains("\"format\":\"vigil\"").contains("\"Shop\"").contains("\"PostgreSQL\"")
                .doesNotContain("s3cret-header");
        assertThat(withSecrets).contains("s3cret-header");
        assertThat(logs).contains("\"logs\"").doesNotContain("\"PostgreSQL\",");
    }

    @Test
    void aRestore_mergesTheUploadedExportById_andSaysWhatItLoaded() {
        String export = download(sourceBrowser, "/admin/backup/export");
        targetBrowser.get("/admin/backup");

        var answer = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "merge"), "backup",
                "vigil-export.json", export);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Backup restored (merge, format 2.0)").contains("systems: 1")
                .contains("dependencies: 1");
        assertThat(names(target)).as("id 1 replaced, id 2 kept").containsExactly("Kept", "Shop");
    }

    @Test
    void aReplace_needsItsConfirmation_thenReplacesEverything() {
        String export = download(sourceBrowser, "/admin/backup/export");
        targetBrowser.get("/admin/backup");

        var unconfirmed = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "replace"), "backup",
                "vigil-export.json", export);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("tick the box to confirm").contains("data-unsaved=\"true\"");
        assertThat(names(target)).containsExactly("Kept", "Old");

        var confirmed = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "replace", "confirm",
                "yes"), "backup", "vigil-export.json", export);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(names(target)).containsExactly("Shop");
    }

    @Test
    void aBrokenDocument_isRefusedWithEveryProblem_escaped_andChangesNothing() throws Exception {
        ObjectNode doc = (ObjectNode) mapper.readTree(download(sourceBrowser, "/admin/backup/export"));
        ((ObjectNode) doc.get("systems").get(0)).put("<b>x</b>", 1);
        ((ObjectNode) doc.get("dependencies").get(0)).remove("name");
        targetBrowser.get("/admin/backup");

        var broken = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "merge"), "backup",
                "broken.json", mapper.writeValueAsString(doc));
        var malformed = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "merge"), "backup",
                "cut.json", "{\"version\": \"2.0\", \"systems\": [");
        var missing = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "merge"), "other", "x.json",
                "{}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("nothing was loaded: invalid backup")
                .contains("<li>dependencies[0]: name is required</li>").contains("&lt;b&gt;x&lt;/b&gt;")
                .doesNotContain("<b>x</b>");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("nothing was loaded");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("choose a backup file");
        assertThat(names(target)).containsExactly("Kept", "Old");
    }

    @Test
    void anUploadOverTheImportLimit_isA413_whetherTheBodyOrOnlyTheFileIsTooBig_andLoadsNothing() {
        try (ApiServer small = new ApiServer(2048)) {
            AdminClient browser = small.browser();
            browser.logIn("admin", ApiServer.ADMIN_PASSWORD);
            browser.get("/admin/backup");
            String huge = "{\"version\":\"2.0\",\"logs\":[" + "{\"id\":1},".repeat(20_000) + "{\"id\":2}]}";
            String over = "{\"version\":\"2.0\",\"systems\":[],\"logs\":[" + " ".repeat(3000) + "]}";

            var tooBig = browser.postMultipart("/admin/backup/import", Map.of("mode", "merge"), "backup", "big.json",
                    huge);
            var fileTooBig = browser.postMultipart("/admin/backup/import", Map.of("mode", "merge"), "backup",
                    "big.json", over);

            assertThat(tooBig.status()).isEqualTo(413);
            assertThat(tooBig.body()).contains("larger than 2048 bytes");
            assertThat(fileTooBig.status()).isEqualTo(413);
            assertThat(fileTooBig.body()).contains("the file is larger than 2048 bytes");
            assertThat(small.vigil.systems.all()).isEmpty();
        }
    }

    @Test
    void aBrokenMultipartBody_isA400_notAServerError() {
        targetBrowser.get("/admin/backup");
        var broken = targetBrowser.postRawTyped("/admin/backup/import", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + targetBrowser.csrf()
                        + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"backup\"; filename=\"a.json\"\r\n");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("the form could not be read");
        assertThat(names(target)).containsExactly("Kept", "Old");
    }

    @Test
    void aRestore_needsTheSessionsCsrfToken_andTheSession() {
        String export = download(sourceBrowser, "/admin/backup/export");
        targetBrowser.get("/admin/backup");

        var forged = targetBrowser.postMultipart("/admin/backup/import", Map.of("mode", "merge", "_csrf", "forged"),
                "backup", "vigil-export.json", export);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(names(target)).containsExactly("Kept", "Old");

        targetBrowser.forgetCookies();
        assertThat(targetBrowser.get("/admin/backup/export").status()).isEqualTo(303);
        assertThat(targetBrowser.get("/admin/backup").status()).isEqualTo(303);
    }
}
